/**
 * The chat routing flow and its Apex stay one piece: every flow that calls the invocable
 * ChatRoutingAction passes only inputs its Request declares (and every required one), reads only
 * outputs its Result declares into variables of the same shape, branches on every routing type
 * RouteWorkInputs returns (and no other), and hands each Route Work action of that type the
 * outputs RouteWorkInputs fills for it: a queue, the skill requirements with their routing
 * configuration, or the agent with a fallback queue. A rename on either side fails
 * `npm run validate` with the file and line to change; the flow itself only runs in an org.
 */
import {
  assignedFields,
  constantsAssigned,
  invocableVariables,
  stringConstants,
  type InvocableVariable
} from './apex-invocables';
import { componentsOf, type Component } from './components';
import type { ReferenceContext } from './references';
import type { ValidationReport } from './report';
import { readFileSync } from 'node:fs';
import { child, childrenNamed, type XmlElement } from './xml-tree';

const ACTION_CLASS = 'ChatRoutingAction';
const INPUTS_CLASS = 'RouteWorkInputs';

/**
 * What each Route Work routing type needs from the action: Route Work input → the Result field
 * (an output of the action) it must come from.
 */
const ROUTE_WORK_WIRING: Record<string, Record<string, string>> = {
  QueueBased: { queueId: 'queueId' },
  SkillsBased: {
    routingConfigId: 'routingConfigId',
    skillRequirementsResourceItem: 'skillRequirements'
  },
  Agent: { agentId: 'agentId', queueId: 'fallbackQueueId' }
};
/** Route Work's option for skill requirements handed over as SkillRequirement records. */
const DEFINE_SKILL_REQUIREMENTS = 'DefineSkillRequirements';

interface ApexSide {
  file: string;
  request: Map<string, InvocableVariable>;
  result: Map<string, InvocableVariable>;
  /** RouteWorkInputs: the Result fields it sets, with their line, and its file. */
  assigned: Map<string, number>;
  inputsFile: string;
  /** Routing type values RouteWorkInputs returns, with the line that returns each. */
  routingTypes: Map<string, number>;
}

function readApex(classes: Map<string, Component>): ApexSide | null {
  const action = classes.get(ACTION_CLASS);
  const inputs = classes.get(INPUTS_CLASS);
  if (!action?.content || !inputs?.content) return null;
  const actionSource = readFileSync(action.content, 'utf8');
  const inputsSource = readFileSync(inputs.content, 'utf8');
  const constants = stringConstants(actionSource);
  const routingTypes = new Map<string, number>();
  for (const [name, line] of constantsAssigned(inputsSource, 'result', 'routingType', ACTION_CLASS))
    routingTypes.set(constants.get(name) ?? name, line);
  return {
    file: action.content,
    request: invocableVariables(actionSource, 'Request'),
    result: invocableVariables(actionSource, 'Result'),
    assigned: assignedFields(inputsSource, 'result'),
    inputsFile: inputs.content,
    routingTypes
  };
}

const text = (element: XmlElement | undefined, name: string): string | undefined =>
  child(element, name)?.text;

/** The value element of an action's input parameter `name`. */
function inputValue(call: XmlElement, name: string): XmlElement | undefined {
  const parameter = childrenNamed(call, 'inputParameters').find((p) => text(p, 'name') === name);
  return child(parameter, 'value');
}

/** Whether a flow variable has the shape of an Apex invocable variable's type. */
function shapeProblem(type: string, variable: XmlElement): string | null {
  const list = /^List<(\w+)>$/.exec(type);
  const collection = text(variable, 'isCollection') === 'true';
  if (Boolean(list) !== collection)
    return list
      ? 'is a single value, but the output is a list'
      : 'is a collection, but the output is not';
  const element = list?.[1] ?? type;
  const primitive = ['Id', 'String', 'Boolean', 'Integer', 'Decimal', 'Double', 'Date', 'Datetime'];
  if (!primitive.includes(element)) {
    const objectType = text(variable, 'objectType');
    if (text(variable, 'dataType') !== 'SObject' || objectType !== element)
      return `holds ${objectType ?? text(variable, 'dataType')}, but the output holds ${element} records`;
  }
  return null;
}

function checkFlow(flow: Component, apex: ApexSide, report: ValidationReport): void {
  const calls = childrenNamed(flow.root, 'actionCalls');
  const variables = new Map(childrenNamed(flow.root, 'variables').map((v) => [text(v, 'name'), v]));
  for (const call of calls.filter(
    (c) => text(c, 'actionType') === 'apex' && text(c, 'actionName') === ACTION_CLASS
  )) {
    const callName = text(call, 'name') ?? ACTION_CLASS;
    const passed = new Set<string>();
    for (const parameter of childrenNamed(call, 'inputParameters')) {
      const name = text(parameter, 'name') ?? '';
      passed.add(name);
      if (!apex.request.has(name))
        report.error(
          'reference',
          flow.file,
          `chat routing: ${callName} passes "${name}", which ${ACTION_CLASS}.Request does not declare as an @InvocableVariable`,
          child(parameter, 'name')?.line ?? parameter.line
        );
    }
    for (const variable of apex.request.values())
      if (variable.required && !passed.has(variable.name))
        report.error(
          'reference',
          flow.file,
          `chat routing: ${callName} does not pass "${variable.name}", which ${ACTION_CLASS}.Request requires`,
          call.line
        );

    // Flow variable → the action output it is assigned from.
    const outputOf = new Map<string, string>();
    for (const parameter of childrenNamed(call, 'outputParameters')) {
      const name = text(parameter, 'name') ?? '';
      const target = text(parameter, 'assignToReference') ?? '';
      const declared = apex.result.get(name);
      const variable = variables.get(target);
      if (!declared) {
        report.error(
          'reference',
          flow.file,
          `chat routing: ${callName} reads "${name}", which ${ACTION_CLASS}.Result does not declare as an @InvocableVariable`,
          child(parameter, 'name')?.line ?? parameter.line
        );
        continue;
      }
      if (!variable) {
        report.error(
          'reference',
          flow.file,
          `chat routing: ${callName} assigns "${name}" to "${target}", which is not a variable of the flow`,
          child(parameter, 'assignToReference')?.line ?? parameter.line
        );
        continue;
      }
      const problem = shapeProblem(declared.type, variable);
      if (problem)
        report.error(
          'reference',
          flow.file,
          `chat routing: variable "${target}" ${problem} (${ACTION_CLASS}.Result.${name} is ${declared.type})`,
          variable.line
        );
      outputOf.set(target, name);
    }
    checkBranches(flow, calls, outputOf, callName, apex, report);
  }
  checkFaultPaths(flow, report);
}

/** Top-level flow elements a connector can lead to: every one with a name but the resources. */
const RESOURCES = new Set(['variables', 'formulas', 'constants', 'textTemplates', 'choices']);

/** Every `targetReference` below an element. */
function targetsBelow(element: XmlElement): XmlElement[] {
  return element.children.flatMap((c) => (c.name === 'targetReference' ? [c] : targetsBelow(c)));
}

/** A Route Work to the queue a Get Records step found: the flow's last resort (the Triage queue). */
function isLastResort(call: XmlElement, elements: Map<string, XmlElement>): boolean {
  const queue = text(inputValue(call, 'queueId'), 'elementReference') ?? '';
  return elements.get(queue.split('.')[0] ?? '')?.name === 'recordLookups';
}

/**
 * A chat whose routing fails must still be routed and must say why: every connector leads to an
 * element of the flow; every routing step but the last resort has a fault path; and each fault
 * path first saves RoutingStatus__c and RoutingError__c on the session (the console and the
 * reports read them), through a record update whose own failure goes on to the same step, so a
 * refused save never stops the chat from being routed.
 */
function checkFaultPaths(flow: Component, report: ValidationReport): void {
  const elements = new Map<string, XmlElement>();
  for (const element of flow.root.children)
    if (!RESOURCES.has(element.name) && text(element, 'name'))
      elements.set(text(element, 'name')!, element);
  for (const target of targetsBelow(flow.root))
    if (!elements.has(target.text))
      report.error(
        'reference',
        flow.file,
        `chat routing: a connector leads to "${target.text}", which is no element of the flow`,
        target.line
      );
  for (const [name, element] of elements) {
    if (element.name === 'recordUpdates') {
      const next = text(child(element, 'connector'), 'targetReference');
      if (text(child(element, 'faultConnector'), 'targetReference') !== next)
        report.error(
          'reference',
          flow.file,
          `chat routing: ${name} must go on to ${next ?? 'its next step'} when its save fails too (a fault connector to the same step), or a refused save leaves the chat unrouted`,
          element.line
        );
    }
    if (element.name !== 'actionCalls') continue;
    const fault = child(element, 'faultConnector');
    if (!fault) {
      // The last resort: the channel's session handler queue takes a chat whose flow fails there.
      if (text(element, 'actionType') === 'routeWork' && isLastResort(element, elements)) continue;
      report.error(
        'reference',
        flow.file,
        `chat routing: ${name} has no fault path: a failure would end the flow with the chat unrouted`,
        element.line
      );
      continue;
    }
    const saves = elements.get(text(fault, 'targetReference') ?? '');
    const saved = new Set(childrenNamed(saves, 'inputAssignments').map((a) => text(a, 'field')));
    if (
      saves?.name !== 'recordUpdates' ||
      !saved.has('RoutingStatus__c') ||
      !saved.has('RoutingError__c')
    )
      report.error(
        'reference',
        flow.file,
        `chat routing: the fault path of ${name} must first save RoutingStatus__c and RoutingError__c on the session (a record update), so the failure shows`,
        fault.line
      );
  }
}

/** The decision on the routing type, and each of its outcomes' Route Work action. */
function checkBranches(
  flow: Component,
  calls: XmlElement[],
  outputOf: Map<string, string>,
  callName: string,
  apex: ApexSide,
  report: ValidationReport
): void {
  const routingTypeVariable = [...outputOf].find(([, output]) => output === 'routingType')?.[0];
  if (!routingTypeVariable) {
    report.error(
      'reference',
      flow.file,
      `chat routing: ${callName} does not read routingType, so no Route Work knows where the session goes`,
      flow.root.line
    );
    return;
  }
  const outcomes: { value: string; target: string; element: XmlElement }[] = [];
  for (const decision of childrenNamed(flow.root, 'decisions'))
    for (const rule of childrenNamed(decision, 'rules'))
      for (const condition of childrenNamed(rule, 'conditions'))
        if (text(condition, 'leftValueReference') === routingTypeVariable)
          outcomes.push({
            value: text(child(condition, 'rightValue'), 'stringValue') ?? '',
            target: text(child(rule, 'connector'), 'targetReference') ?? '',
            element: condition
          });
  const decided = new Set(outcomes.map((o) => o.value));
  for (const [value, line] of apex.routingTypes)
    if (!decided.has(value))
      report.error(
        'reference',
        apex.inputsFile,
        `chat routing: ${INPUTS_CLASS} returns routing type "${value}", which no outcome of the flow ${report.relative(flow.file)} branches on`,
        line
      );
  for (const outcome of outcomes) {
    if (!apex.routingTypes.has(outcome.value)) {
      report.error(
        'reference',
        flow.file,
        `chat routing: the flow branches on routing type "${outcome.value}", which ${INPUTS_CLASS} never returns`,
        outcome.element.line
      );
      continue;
    }
    const routeWork = calls.find((c) => text(c, 'name') === outcome.target);
    if (!routeWork || text(routeWork, 'actionType') !== 'routeWork') {
      report.error(
        'reference',
        flow.file,
        `chat routing: the "${outcome.value}" outcome leads to "${outcome.target}", which is not a Route Work action`,
        outcome.element.line
      );
      continue;
    }
    checkRouteWork(flow, routeWork, outcome.value, outputOf, apex, report);
  }
}

function checkRouteWork(
  flow: Component,
  routeWork: XmlElement,
  routingType: string,
  outputOf: Map<string, string>,
  apex: ApexSide,
  report: ValidationReport
): void {
  const name = text(routeWork, 'name') ?? 'Route Work';
  const declaredType = inputValue(routeWork, 'routingType');
  if (text(declaredType, 'stringValue') !== routingType)
    report.error(
      'reference',
      flow.file,
      `chat routing: ${name} is reached for routing type "${routingType}" but routes as "${text(declaredType, 'stringValue') ?? 'nothing'}"`,
      declaredType?.line ?? routeWork.line
    );
  if (routingType === 'SkillsBased') {
    const option = inputValue(routeWork, 'skillOption');
    if (text(option, 'stringValue') !== DEFINE_SKILL_REQUIREMENTS)
      report.error(
        'reference',
        flow.file,
        `chat routing: ${name} must take the skill option ${DEFINE_SKILL_REQUIREMENTS}, so the action's skill requirements (additional ones included) are used`,
        option?.line ?? routeWork.line
      );
  }
  for (const [input, output] of Object.entries(ROUTE_WORK_WIRING[routingType] ?? {})) {
    const value = inputValue(routeWork, input);
    const reference = text(value, 'elementReference');
    if (!reference || outputOf.get(reference) !== output)
      report.error(
        'reference',
        flow.file,
        `chat routing: ${name} must take ${input} from the action's ${output} output${reference ? `, not from "${reference}"` : ''}`,
        value?.line ?? routeWork.line
      );
    if (!apex.assigned.has(output))
      report.error(
        'reference',
        apex.inputsFile,
        `chat routing: ${INPUTS_CLASS} never sets ${output}, which ${name} (${routingType}) takes as ${input}`
      );
  }
}

/** Checks every flow that calls the chat routing action against the Apex it calls. */
export function checkChatRouteWork(context: ReferenceContext, report: ValidationReport): void {
  const apex = readApex(componentsOf(context, 'ApexClass'));
  if (!apex) {
    report.notes.push(`no ${ACTION_CLASS} and ${INPUTS_CLASS}: chat Route Work checks skipped`);
    return;
  }
  let flows = 0;
  for (const flow of componentsOf(context, 'Flow').values()) {
    const calls = childrenNamed(flow.root, 'actionCalls').some(
      (c) => text(c, 'actionType') === 'apex' && text(c, 'actionName') === ACTION_CLASS
    );
    if (!calls) continue;
    flows++;
    report.countReference('chat flow → Route Work inputs');
    checkFlow(flow, apex, report);
  }
  if (flows === 0)
    report.notes.push(`no flow calls ${ACTION_CLASS}: chat Route Work checks skipped`);
}
