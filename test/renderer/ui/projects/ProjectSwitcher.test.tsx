import '../../../../src/renderer/styles.css';
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { createProject, type Project } from '../../../../src/core/projects/project';
import { ProjectSwitcher } from '../../../../src/renderer/ui/projects/ProjectSwitcher';
import { type Rendered, render } from '../../support/render';

let mounted: Rendered | null = null;
afterEach(async () => {
  await mounted?.unmount();
  mounted = null;
});

const projects: Project[] = [createProject('default', 'My project', 1), createProject('w', 'Weapons', 2)];

describe('Project switcher', () => {
  it('switches, creates, renames and asks to delete, each with a named control', async () => {
    const calls: string[] = [];
    mounted = await render(
      <ProjectSwitcher
        projects={projects}
        currentId="default"
        nameOf={(project) => project.name}
        onSwitch={(id) => calls.push(`switch ${id}`)}
        onCreate={(name) => calls.push(`create ${name}`)}
        onRename={(name) => calls.push(`rename ${name}`)}
        onDelete={() => calls.push('delete')}
        onLabels={() => calls.push('labels')}
      />,
    );
    const select = page.getByRole('combobox', { name: 'Project' });
    await expect.element(select).toHaveValue('default');
    await select.selectOptions('Weapons');
    await page.getByRole('button', { name: 'New project…' }).click();
    const naming = page.getByRole('dialog', { name: 'New project' });
    await naming.getByRole('textbox', { name: 'Project name' }).fill('Vehicles');
    await naming.getByRole('button', { name: 'Create project' }).click();
    await expect.element(naming).not.toBeInTheDocument();
    await page.getByRole('button', { name: 'Rename project…' }).click();
    const renaming = page.getByRole('dialog', { name: 'Rename project' });
    await expect.element(renaming.getByRole('textbox', { name: 'Project name' })).toHaveValue('My project');
    await renaming.getByRole('textbox', { name: 'Project name' }).fill('Casualties 2024');
    await renaming.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'Labels…' }).click();
    await page.getByRole('button', { name: 'Delete project…' }).click();
    expect(calls).toEqual(['switch w', 'create Vehicles', 'rename Casualties 2024', 'labels', 'delete']);
  });

  it('cannot delete the only project', async () => {
    mounted = await render(
      <ProjectSwitcher
        projects={projects.slice(0, 1)}
        currentId="default"
        nameOf={(project) => project.name}
        onSwitch={() => {}}
        onCreate={() => {}}
        onRename={() => {}}
        onDelete={() => {}}
        onLabels={() => {}}
      />,
    );
    await expect.element(page.getByRole('button', { name: 'Delete project…' })).toBeDisabled();
  });
});
