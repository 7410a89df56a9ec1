import { KeyVault } from '../electron/keys/key-vault';
import { WorkspaceService } from '../electron/workspace/workspace-service';
import { WorkspaceStore } from '../electron/workspace/workspace-store';
import { emptyWizardAnswers } from '../shared/workspace/wizard-answers';

/**
 * A host that saves the workspace `count` times (the wizard's username numbered from `from`) and prints
 * `ack N` once save N is on disk, for the kill -9 test: argv = dataDir, from, count.
 */
async function main() {
  const [dataDir, from, count] = process.argv.slice(2) as [string, string, string];
  const workspace = new WorkspaceService(
    new WorkspaceStore(dataDir),
    new KeyVault(),
    Promise.resolve({ dataDir, platformSecrets: undefined, keychain: undefined }),
  );
  await workspace.ready();
  for (let i = Number(from); i < Number(from) + Number(count); i++) {
    workspace.updateWizard({ ...emptyWizardAnswers, username: `user${i}@acme.com` });
    await workspace.saved();
    process.stdout.write(`ack ${i}\n`);
  }
}

void main();
