/**
 * Reading an invocable action's contract from Apex source: what the chat flow check relies on.
 */
import {
  assignedFields,
  constantsAssigned,
  invocableVariables,
  stringConstants,
  withoutComments
} from '../../../scripts/validate/apex-invocables';

const SOURCE = [
  'public with sharing class Action {',
  "    public static final String QUEUE_BASED = 'QueueBased';",
  "    // public static final String OLD = 'Old'; { a brace in a comment",
  '    public class Request {',
  "        @InvocableVariable(label='Record' description='The record (required) { braces }' required=true)",
  '        public Id recordId;',
  '        /* @InvocableVariable public String commentedOut; */',
  '        @InvocableVariable',
  '        public String topic;',
  '        public String notInvocable;',
  '    }',
  '    public class Result {',
  "        @InvocableVariable(label='Skills')",
  '        public List< SkillRequirement > skills;',
  '    }',
  '    static Result of() {',
  '        Result result = new Result();',
  '        result.skills = null;',
  '        result.routingType = Action.QUEUE_BASED;',
  '        if (result.skills == null) {',
  '            return result;',
  '        }',
  '        return result;',
  '    }',
  '}'
].join('\n');

describe('apex-invocables', () => {
  it('given comments, when blanked, then positions and strings are kept', () => {
    const code = withoutComments(SOURCE);
    expect(code).toHaveLength(SOURCE.length);
    expect(code.split('\n')).toHaveLength(SOURCE.split('\n').length);
    expect(code).not.toContain('OLD');
    expect(code).toContain("'The record (required) { braces }'");
  });

  it('given an inner class, then only its @InvocableVariable fields are read, with type, required and line', () => {
    expect([...invocableVariables(SOURCE, 'Request').values()]).toEqual([
      { name: 'recordId', type: 'Id', required: true, line: 6 },
      { name: 'topic', type: 'String', required: false, line: 9 }
    ]);
    expect([...invocableVariables(SOURCE, 'Result').values()]).toEqual([
      { name: 'skills', type: 'List<SkillRequirement>', required: false, line: 14 }
    ]);
    expect(invocableVariables(SOURCE, 'Missing').size).toBe(0);
  });

  it('given constants and assignments, then they are read but not comparisons or commented ones', () => {
    expect(stringConstants(SOURCE)).toEqual(new Map([['QUEUE_BASED', 'QueueBased']]));
    expect(assignedFields(SOURCE, 'result')).toEqual(
      new Map([
        ['skills', 18],
        ['routingType', 19]
      ])
    );
    expect(constantsAssigned(SOURCE, 'result', 'routingType', 'Action')).toEqual(
      new Map([['QUEUE_BASED', 19]])
    );
  });
});
