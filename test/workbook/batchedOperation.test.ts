import { fixture, OPERATIONS } from '../../bench/syncCountBench';
import { inFewRoundTrips } from '../../src/workbook/batchedOperation';
import { createWorkbookOperations } from '../../src/workbook/createWorkbookOperations';
import { MemoryWorkbookHost } from '../../src/workbook/memoryWorkbookHost';
import { BatchingMemoryHost } from './support/batchingMemoryHost';
import { workbookContent } from './support/faultyHost';

const clock = () => new Date('2026-03-02T10:00:00Z');
const f = fixture(5);

/** The workbook just before the operation, and the stored model's revision it expects. */
async function prepared(operation: (typeof OPERATIONS)[number]) {
  const memory = new MemoryWorkbookHost();
  const revision = await operation.prepare(createWorkbookOperations(memory, clock), f);
  return { state: memory.toState(), revision };
}

describe('an operation batched against a copy of the workbook', () => {
  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    '%s: leaves the workbook exactly as the operation run change by change',
    async (_name, operation) => {
      const { state, revision } = await prepared(operation);
      const direct = MemoryWorkbookHost.fromState(state);
      const batched = new BatchingMemoryHost({}, state);
      const expected = await operation.run(createWorkbookOperations(direct, clock), f, revision);
      const got = await operation.run(createWorkbookOperations(batched, clock), f, revision);
      expect(got).toEqual(expected);
      expect(workbookContent(batched)).toEqual(workbookContent(direct));
      // One batch of changes, and at most one of tidying after it.
      expect(batched.sent.length).toBeGreaterThanOrEqual(1);
      expect(batched.sent.length).toBeLessThanOrEqual(2);
      expect(batched.sent[0].length).toBeGreaterThan(0);
    },
  );

  it.each(OPERATIONS.map((o) => [o.name, o] as const))(
    '%s: refused at any change of its batch, puts back every change made before it',
    async (_name, operation) => {
      const { state, revision } = await prepared(operation);
      const probe = new BatchingMemoryHost({}, state);
      await operation.run(createWorkbookOperations(probe, clock), f, revision);
      const changes = probe.sent[0].length;
      const before = workbookContent(MemoryWorkbookHost.fromState(state));
      for (let at = 0; at < changes; at++) {
        const host = new BatchingMemoryHost({}, state);
        host.refuseAt = at;
        await expect(
          operation.run(createWorkbookOperations(host, clock), f, revision),
        ).rejects.toThrow(
          'Excel refused the change. Nothing was changed: the workbook is as it was.',
        );
        expect({ at, content: workbookContent(host) }).toEqual({ at, content: before });
      }
    },
  );

  it('keeps a complete write when the tidying after it is refused, and tries the tidying again change by change', async () => {
    const statement = OPERATIONS.find((o) => o.name === 'statement');
    if (!statement) throw new Error('the statement operation is missing');
    const { state, revision } = await prepared(statement);
    const probe = new BatchingMemoryHost({}, state);
    const sheet = await statement.run(createWorkbookOperations(probe, clock), f, revision);
    expect(sheet).toBe('OM_Statement_2026_12');
    expect(probe.sent[1].map((w) => w.kind)).toEqual(['activateSheet']);

    const host = new BatchingMemoryHost({}, state);
    host.refuseAt = probe.sent[0].length;
    await expect(statement.run(createWorkbookOperations(host, clock), f, revision)).resolves.toBe(
      sheet,
    );
    expect(workbookContent(host)).toEqual(workbookContent(probe));
    // The refused tidying was tried again change by change.
    expect(host.sent.map((batch) => batch.map((w) => w.kind))).toEqual([
      probe.sent[0].map((w) => w.kind),
      ['activateSheet'],
      ['activateSheet'],
    ]);
  });

  it('sends nothing when the operation itself fails', async () => {
    const host = new BatchingMemoryHost();
    const before = host.toState();
    await expect(
      inFewRoundTrips(host, async (h) => {
        await h.ensureSheet('Notes');
        await h.writeRange('Notes', 'A1', [['kept?']]);
        throw new Error('The contract has no service levels.');
      }),
    ).rejects.toThrow('The contract has no service levels.');
    expect(host.sent).toEqual([]);
    expect(workbookContent(host)).toEqual(workbookContent(new BatchingMemoryHost({}, before)));
  });

  it('reads what it wrote earlier in the same operation', async () => {
    const host = new BatchingMemoryHost();
    const read = await inFewRoundTrips(host, async (h) => {
      await h.writeTable({
        name: 'Bands',
        sheet: 'Sheet1',
        topLeft: 'B2',
        headers: ['From', 'Credit'],
        rows: [[0.99, 0.05]],
      });
      await h.appendTableRows('Bands', [[0.995, 0]]);
      return h.readTable('Bands');
    });
    expect(read?.address).toBe('B2:C4');
    expect(read?.rows).toEqual([
      [0.99, 0.05],
      [0.995, 0],
    ]);
    expect(host.sent[0].map((w) => w.kind)).toEqual(['writeTable', 'appendTableRows']);
    expect((await host.readTable('Bands'))?.rows).toEqual(read?.rows);
  });
});
