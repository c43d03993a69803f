/** The Metadata API types as read from @salesforce/types' metadata.d.ts. */
import { loadMetadataTypes, parseMetadataTypes } from '../../../scripts/validate/metadata-types';

const dts = `
export type Mode = 'FAST' | 'SLOW';
export type Metadata = { fullName?: string; };
export type Base = Metadata & { label: string; };
export type Widget = Base & {
    count?: number;
    enabled: boolean;
    mode: Mode;
    parts: Part[];
    tags: string[];
    style?: 'round' | 'square';
    extra?: any;
};
export type Part = { name: string; };
export type WidgetFolder = Widget;
`;

describe('parseMetadataTypes', () => {
  const types = parseMetadataTypes(dts);

  it('given an intersection with a base type, when resolved, then inherited fields come first and Metadata ancestry is known', () => {
    const widget = types.object('Widget')!;
    expect([...widget.fields.keys()]).toEqual([
      'fullName',
      'label',
      'count',
      'enabled',
      'mode',
      'parts',
      'tags',
      'style',
      'extra'
    ]);
    expect(widget.isMetadata).toBe(true);
    expect(types.object('Part')!.isMetadata).toBe(false);
  });

  it('given optional, required and list fields, when resolved, then each keeps its kind', () => {
    const fields = types.object('Widget')!.fields;
    expect(fields.get('count')).toMatchObject({
      optional: true,
      list: false,
      type: { kind: 'primitive', primitive: 'number' }
    });
    expect(fields.get('enabled')).toMatchObject({
      optional: false,
      type: { primitive: 'boolean' }
    });
    expect(fields.get('parts')).toMatchObject({
      list: true,
      type: { kind: 'object', name: 'Part' }
    });
    expect(fields.get('tags')).toMatchObject({
      list: true,
      type: { kind: 'primitive', primitive: 'string' }
    });
    expect(fields.get('extra')!.type).toEqual({ kind: 'primitive', primitive: 'any' });
  });

  it('given named and inline string unions, when resolved, then they are enums with their values', () => {
    const fields = types.object('Widget')!.fields;
    const mode = fields.get('mode')!.type;
    expect(mode.kind === 'enum' && [...mode.values]).toEqual(['FAST', 'SLOW']);
    const style = fields.get('style')!.type;
    expect(style.kind === 'enum' && [...style.values]).toEqual(['round', 'square']);
  });

  it('given an alias of an object type, when resolved, then it has the same fields', () => {
    expect([...types.object('WidgetFolder')!.fields.keys()]).toContain('parts');
    expect(types.metadataTypeNames().sort()).toEqual([
      'Base',
      'Metadata',
      'Widget',
      'WidgetFolder'
    ]);
  });
});

describe('loadMetadataTypes', () => {
  it('given the installed @salesforce/types, when loaded twice, then it is parsed once and knows current Omni-Channel fields', () => {
    const first = loadMetadataTypes();
    expect(loadMetadataTypes()).toBe(first);
    const routing = first.object('QueueRoutingConfig')!;
    expect(routing.isMetadata).toBe(true);
    expect(routing.fields.has('capacityType')).toBe(true);
    expect(routing.fields.has('pausedCapacityWeight')).toBe(true);
    const model = routing.fields.get('routingModel')!.type;
    expect(model.kind === 'enum' && model.values.has('MOST_AVAILABLE')).toBe(true);
    expect(first.object('MessagingChannel')?.isMetadata).toBe(true);
  });
});
