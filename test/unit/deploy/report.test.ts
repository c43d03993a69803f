/** Deploy failures read as file:line:column, type, name and problem; tests and coverage follow. */
import path from 'node:path';
import {
  formatFailures,
  progressLine,
  succeeded,
  type DeployResultLike
} from '../../../scripts/deploy/report';

const root = '/repo';

function result(
  response: DeployResultLike['response'],
  files: ReturnType<DeployResultLike['getFileResponses']> = []
): DeployResultLike {
  return { response, getFileResponses: () => files };
}

describe('formatFailures', () => {
  it('given a failed Apex class with a location, when formatted, then the line shows the relative file, line and column once', () => {
    const lines = formatFailures(
      result({ status: 'Failed', success: false }, [
        {
          fullName: 'OmniWorkRouter',
          type: 'ApexClass',
          state: 'Failed',
          filePath: path.join(root, 'force-app/routing-engine/classes/OmniWorkRouter.cls'),
          lineNumber: 42,
          columnNumber: 17,
          error: 'Variable does not exist: SkillId (42:17)',
          problemType: 'Error'
        },
        {
          fullName: 'Triage',
          type: 'Queue',
          state: 'Created',
          filePath: path.join(root, 'force-app/service-org/queues/Triage.queue-meta.xml')
        }
      ]),
      root
    );
    expect(lines).toEqual([
      'Component failures (1):',
      '  force-app/routing-engine/classes/OmniWorkRouter.cls:42:17  ApexClass OmniWorkRouter: Variable does not exist: SkillId'
    ]);
  });

  it('given a failure without a line and one only the org reports, when formatted, then both are listed and warnings are not', () => {
    const lines = formatFailures(
      result(
        {
          status: 'Failed',
          details: {
            componentFailures: [
              {
                componentType: 'Queue',
                fullName: 'HNW_Escalations',
                fileName: 'queues/HNW_Escalations.queue',
                problem: 'dup'
              },
              {
                componentType: 'RoutingConfiguration',
                fullName: 'Triage',
                fileName: 'routingConfigurations/Triage.routingConfiguration',
                problem: 'Omni-Channel is not enabled'
              },
              {
                componentType: 'Profile',
                fullName: 'Admin',
                fileName: 'profiles/Admin.profile',
                problem: 'meh',
                problemType: 'Warning'
              }
            ]
          }
        },
        [
          {
            fullName: 'HNW_Escalations',
            type: 'Queue',
            state: 'Failed',
            filePath: path.join(
              root,
              'force-app/service-org/queues/HNW_Escalations.queue-meta.xml'
            ),
            error:
              'In field: queueRoutingConfig - no RoutingConfiguration named HNW_Escalation found',
            problemType: 'Error'
          }
        ]
      ),
      root
    );
    expect(lines).toEqual([
      'Component failures (2):',
      '  force-app/service-org/queues/HNW_Escalations.queue-meta.xml  Queue HNW_Escalations: In field: queueRoutingConfig - no RoutingConfiguration named HNW_Escalation found',
      '  routingConfigurations/Triage.routingConfiguration  RoutingConfiguration Triage: Omni-Channel is not enabled'
    ]);
  });

  it('given failed Apex tests and a coverage warning, when formatted, then each test shows its message and first stack line', () => {
    const lines = formatFailures(
      result({
        status: 'Failed',
        details: {
          runTestResult: {
            failures: {
              name: 'CaseRoutingServiceTest',
              methodName: 'it_routes_hnw_complaint_to_director',
              message: 'Assertion Failed: Expected: HNW_Escalations, Actual: Triage',
              stackTrace:
                'Class.CaseRoutingServiceTest.it_routes_hnw_complaint_to_director: line 88, column 1\nExternal entry point'
            },
            codeCoverageWarnings: {
              name: 'OmniWorkRouter',
              message:
                'Test coverage of selected Apex Class is 61%, at least 75% test coverage is required'
            }
          }
        }
      }),
      root
    );
    expect(lines).toEqual([
      'Apex test failures (1):',
      '  CaseRoutingServiceTest.it_routes_hnw_complaint_to_director: Assertion Failed: Expected: HNW_Escalations, Actual: Triage',
      '    at Class.CaseRoutingServiceTest.it_routes_hnw_complaint_to_director: line 88, column 1',
      'Code coverage:',
      '  OmniWorkRouter: Test coverage of selected Apex Class is 61%, at least 75% test coverage is required'
    ]);
  });

  it('given a deploy that failed as a whole, when formatted, then its error message is shown', () => {
    expect(
      formatFailures(
        result({
          status: 'Failed',
          errorStatusCode: 'INVALID_CROSS_REFERENCE_KEY',
          errorMessage: 'no such org'
        }),
        root
      )
    ).toEqual(['  INVALID_CROSS_REFERENCE_KEY: no such org']);
  });
});

describe('progress and outcome', () => {
  it('given a status in progress with tests, when shown, then components, failures and tests are counted', () => {
    expect(
      progressLine({
        status: 'InProgress',
        numberComponentsDeployed: '120',
        numberComponentsTotal: '250',
        numberComponentErrors: 2,
        numberTestsTotal: 30,
        numberTestsCompleted: 4
      })
    ).toBe('  InProgress, components 120/250, 2 failed, tests 4/30');
  });

  it('given the answers the Metadata API gives as strings, when judged, then only Succeeded with success true counts', () => {
    expect(succeeded(result({ status: 'Succeeded', success: 'true' }))).toBe(true);
    expect(succeeded(result({ status: 'SucceededPartial', success: true }))).toBe(false);
    expect(succeeded(result({ status: 'Failed', success: false }))).toBe(false);
  });
});
