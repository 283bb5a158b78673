// The pure parts of the Concepts view and the concept pickers: grouping by topic,
// A–Z order, and QuickPick rows that make Chinese aliases searchable.
import * as assert from 'assert';
import type { ConceptSummary, TopicNode } from '../../../shared/protocol';
import { NO_TOPIC, groupByTopic, sortByName } from '../../../client/src/views/conceptGrouping';
import { conceptPickItems, findConceptByName } from '../../../client/src/conceptPicks';

const range = { start: { line: 3, character: 2 }, end: { line: 3, character: 5 } };

function concept(name: string, uri: string, aliases: string[] = [], mentions = 0): ConceptSummary {
  return { name, aliases, definition: `${name} is defined here.\nSecond line.`, uri, range, mentions };
}

const glossary = 'file:///kb/glossary/virtualization.md';
const kvm = 'file:///kb/virtualization/kvm.md';
const cgroups = 'file:///kb/containers/cgroups.md';
const loose = 'file:///kb/index.md';

const tree: TopicNode[] = [
  { label: 'containers', kind: 'topic', children: [{ label: 'cgroups', kind: 'note', uri: cgroups, children: [] }] },
  {
    label: 'virtualization',
    kind: 'topic',
    children: [
      { label: 'KVM', kind: 'note', uri: kvm, children: [{ label: 'Memory', kind: 'heading', uri: kvm, range }] },
      // A glossary placed under the topic by its front matter, one folder level down.
      { label: 'hardware', kind: 'topic', children: [{ label: 'Glossary', kind: 'note', uri: glossary, children: [] }] },
    ],
  },
  { label: 'Index', kind: 'note', uri: loose, children: [] },
];

describe('Concepts view grouping', () => {
  const concepts = [
    concept('vCPU', kvm, [], 2),
    concept('EPT', glossary, ['扩展页表'], 3),
    concept('cgroups', cgroups, ['控制组'], 1),
    concept('overview', loose),
  ];

  it('sorts A–Z without regard to case', () => {
    assert.deepEqual(sortByName(concepts).map((c) => c.name), ['cgroups', 'EPT', 'overview', 'vCPU']);
  });

  it('groups each concept under the top-level topic of its defining note, keeping mention counts', () => {
    const groups = groupByTopic(concepts, tree);
    assert.deepEqual(groups.map((g) => [g.topic, g.concepts.map((c) => `${c.name}:${c.mentions}`)]), [
      ['containers', ['cgroups:1']],
      ['virtualization', ['EPT:3', 'vCPU:2']],
      [NO_TOPIC, ['overview:0']],
    ]);
  });

  it('puts every concept in exactly one group', () => {
    const grouped = groupByTopic(concepts, tree).flatMap((g) => g.concepts.map((c) => c.name)).sort();
    assert.deepEqual(grouped, concepts.map((c) => c.name).sort());
  });
});

describe('concept picker rows', () => {
  const concepts = [concept('EPT', glossary, ['Extended Page Tables', '扩展页表']), concept('cgroups', cgroups, ['控制组'])];

  it('carry the aliases in the description and the definition on one line in the detail', () => {
    const items = conceptPickItems(concepts);
    assert.deepEqual(items.map((i) => i.label), ['cgroups', 'EPT']);
    const ept = items.find((i) => i.label === 'EPT')!;
    assert.ok(ept.description.includes('扩展页表'), ept.description);
    assert.equal(ept.detail, 'EPT is defined here. Second line.');
    assert.equal(ept.concept, concepts[0]);
  });

  it('find a concept by its name or alias, ignoring case', () => {
    assert.equal(findConceptByName(concepts, '扩展页表')?.name, 'EPT');
    assert.equal(findConceptByName(concepts, ' extended page tables ')?.name, 'EPT');
    assert.equal(findConceptByName(concepts, 'nothing'), undefined);
  });
});
