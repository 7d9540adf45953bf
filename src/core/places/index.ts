/** Places: the offline gazetteer (GeoNames cities + hand-made Arabic names) and searching it. */
export * from './arabicPlaceNames';
export * from './decodeCitiesPbf';
export * from './gazetteerEntry';
export * from './placeKeys';
export * from './placeSearch';
