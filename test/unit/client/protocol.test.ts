// The protocol modules: one version constant the client checks, and protocol.ts (which the
// core imports) free of LSP packages; the typed request objects live beside it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConceptNotesNotifications, ConceptNotesRequests, PROTOCOL_VERSION, protocolMismatch } from '../../../shared/lspProtocol';
import { Notifications, Requests } from '../../../shared/protocol';

const shared = path.resolve(__dirname, '../../../shared');
const LSP_IMPORT = /from\s+['"](vscode|vscode-languageserver[^'"]*|vscode-languageclient[^'"]*|vscode-jsonrpc[^'"]*)['"]/;

describe('the shared protocol', () => {
  it('a typed object for every request and notification name', () => {
    assert.deepEqual(Object.fromEntries(Object.entries(ConceptNotesRequests).map(([k, t]) => [k, t.method])), Requests);
    assert.deepEqual(Object.fromEntries(Object.entries(ConceptNotesNotifications).map(([k, t]) => [k, t.method])), Notifications);
  });

  it('a server of another protocol version, or of none, is a mismatch', () => {
    assert.equal(protocolMismatch({ conceptNotesProtocol: PROTOCOL_VERSION, processId: 1 }), undefined);
    assert.deepEqual(protocolMismatch({ conceptNotesProtocol: PROTOCOL_VERSION + 1 }), { server: PROTOCOL_VERSION + 1, client: PROTOCOL_VERSION });
    assert.deepEqual(protocolMismatch(undefined), { server: undefined, client: PROTOCOL_VERSION });
    assert.deepEqual(protocolMismatch({ conceptNotesProtocol: '1' }), { server: undefined, client: PROTOCOL_VERSION });
  });

  it('the modules the core imports (everything in shared/ but lspProtocol.ts) import no LSP package', () => {
    const files = fs.readdirSync(shared).filter((f) => f.endsWith('.ts') && f !== 'lspProtocol.ts');
    assert.ok(files.includes('protocol.ts') && files.includes('diagnosticCodes.ts'));
    assert.deepEqual(files.filter((f) => LSP_IMPORT.test(fs.readFileSync(path.join(shared, f), 'utf8'))), []);
    assert.ok(LSP_IMPORT.test(fs.readFileSync(path.join(shared, 'lspProtocol.ts'), 'utf8')), 'the check sees an LSP import');
  });
});
