import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { workspaceErrors } from '../../shared/errors/workspace-errors';
import { writeFileAtomic } from '../files/atomic-write';
import { removeStaleTemps, withoutBom } from '../files/stale-temps';
import { checkCertificateSize, checkedForWrite } from '../files/write-check';
import { KEY_FILE_NAME, WORKSPACE_FILE_NAME, type WorkspaceFile, workspaceFileSchema } from './workspace-file';

export type WorkspaceRead = { file?: WorkspaceFile; notice?: string };

/**
 * `workspace.json` in the data folder, under the same rules as the profile store: atomic whole-file writes with
 * mode 0600, each parsed by the reader's schema first; a BOM tolerated; a killed writer's `.tmp` files removed at
 * start. A file that does not parse is never overwritten: it is set aside and the workspace starts empty.
 */
export class WorkspaceStore {
  readonly path: string;

  constructor(readonly dataDir: string) {
    this.path = join(dataDir, WORKSPACE_FILE_NAME);
  }

  async read(): Promise<WorkspaceRead> {
    await removeStaleTemps(this.path);
    await removeStaleTemps(join(this.dataDir, KEY_FILE_NAME));
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw workspaceErrors.raise('workspace-unreadable', `Cannot read the workspace (${this.path}).`);
    }
    try {
      return { file: workspaceFileSchema.parse(JSON.parse(withoutBom(text))) };
    } catch {
      return { notice: await this.setAside('was damaged or not an SF JWT Studio workspace') };
    }
  }

  /** Moves the file out of the way (never deleted: it may be the only copy of a key) and says where it went. */
  async setAside(why: string): Promise<string> {
    const aside = join(this.dataDir, `workspace.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    await rename(this.path, aside);
    return `The workspace file ${why}: SF JWT Studio started with an empty workspace and kept the old file as ${aside}.`;
  }

  async write(file: WorkspaceFile): Promise<void> {
    for (const pem of [file.key?.certificatePem, file.previousKey?.certificatePem]) checkCertificateSize(pem);
    const checked = checkedForWrite(workspaceFileSchema, file);
    try {
      await writeFileAtomic(this.path, `${JSON.stringify(checked, null, 2)}\n`, { secret: true });
    } catch {
      throw workspaceErrors.raise('workspace-write-failed');
    }
  }
}
