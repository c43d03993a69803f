/** The seed data is checked before anything is sent; every problem names the file and the field. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataError, jsonPathOf, loadSeedData } from '../../../scripts/seed/data-files';
import { staffingFrom } from '../../../scripts/seed/data-checks';
import { loadRoutingConfig } from '../../../scripts/routing/config';
import { copyOfRealData, REAL_DATA_DIR, type DataDir } from '../../fakes/seed-data';

let data: DataDir;
beforeEach(() => {
  data = copyOfRealData();
});
afterEach(() => data.remove());

function problemsOf(dir: string, staffed = false): string[] {
  try {
    loadSeedData(dir, staffed ? { staffing: staffingFrom(loadRoutingConfig()) } : {});
  } catch (error) {
    if (error instanceof DataError)
      return error.message
        .split('\n')
        .slice(1)
        .map((l) => l.trim());
    throw error;
  }
  return [];
}

describe('the shipped data', () => {
  it('given data/ as committed, when loaded with the routing metadata, then it is valid', () => {
    expect(problemsOf(REAL_DATA_DIR, true)).toEqual([]);
  });
});

describe('schema problems', () => {
  it('given a user without a role and with an unknown team, when loaded, then both are reported with file and path', () => {
    data.change((files) => {
      delete (files.teams.users[2] as unknown as Record<string, unknown>).role;
      (files.teams.users[4] as unknown as Record<string, unknown>).team = 'SALES';
    });
    const problems = problemsOf(data.dir);
    expect(problems).toContain('data/teams.json: $.users[2]: missing required property "role"');
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^data\/teams\.json: \$\.users\[4\]\.team: must be one of "ECOMMERCE", /
      )
    );
  });

  it('given a contact with a malformed email and an unknown property, when loaded, then the deep path is named', () => {
    data.change((files) => {
      files.customers.accounts[1]!.contacts[1]!.email = 'not-an-email';
      (files.customers.accounts[0] as unknown as Record<string, unknown>).assets = 5;
    });
    const problems = problemsOf(data.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^data\/customers\.json: \$\.accounts\[1\]\.contacts\[1\]\.email: "not-an-email" does not match/
      )
    );
    expect(problems).toContain('data/customers.json: $.accounts[0]: unknown property "assets"');
  });

  it('given a file that is not valid JSON, when loaded, then the line and column are named and nothing else is tried', () => {
    data.writeRaw('cases', '{\n  "cases": [\n    { "key": "x", }\n  ]\n}\n');
    const problems = problemsOf(data.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^data\/sample-cases\.json: \$: not valid JSON \(line 3, column \d+\)/
    );
  });

  it('given problems in several files, when loaded, then all of them are listed in one run', () => {
    data.change((files) => {
      files.quickTexts.quickTexts[0]!.message = '';
      files.cases.cases[0]!.origin = 'Fax' as never;
    });
    const files = new Set(problemsOf(data.dir).map((p) => p.split(':')[0]));
    expect(files).toEqual(new Set(['data/sample-cases.json', 'data/quick-texts.json']));
  });
});

describe('rules across files', () => {
  it('given an account managed by an unknown user and a case for an unknown contact, when loaded, then both references are reported', () => {
    data.change((files) => {
      files.customers.accounts[0]!.accountManager = 'nobody.here';
      files.cases.cases[0]!.contact = 'ct-nobody';
    });
    const problems = problemsOf(data.dir);
    expect(problems).toContain(
      'data/customers.json: $.accounts[0].accountManager: "nobody.here" is not a user key in data/teams.json'
    );
    expect(problems).toContain(
      'data/sample-cases.json: $.cases[0].contact: "ct-nobody" is not a contact key in data/customers.json'
    );
  });

  it('given two contacts sharing a phone number, when loaded, then the second is reported because the IVR could not tell them apart', () => {
    data.change((files) => {
      files.customers.accounts[1]!.contacts[0]!.phone =
        files.customers.accounts[0]!.contacts[0]!.phone;
    });
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        /^data\/customers\.json: \$\.accounts\[1\]\.contacts\[0\]\.phone: phone .* is used twice/
      )
    );
  });

  it('given two quick texts whose names make the same key, when loaded, then the clash is reported', () => {
    data.change((files) => {
      const first = files.quickTexts.quickTexts[0]!;
      files.quickTexts.quickTexts.push({ ...first, name: `${first.name}!` });
    });
    const last = data.read().quickTexts.quickTexts.length - 1;
    expect(problemsOf(data.dir)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/quick-texts\\.json: \\$\\.quickTexts\\[${last}\\]\\.name: key "qt-chat-greeting" is also quickTexts\\[0\\]'s`
        )
      )
    );
  });

  it('given an expert chat rep without the skill the skills-based rule asks for, when loaded with the routing metadata, then the rep is reported', () => {
    data.change((files) => {
      const rep = files.teams.users.find((u) => u.key === 'samuel.adeyemi')!;
      rep.skills = rep.skills.filter((s) => s.skill !== 'AI_Portfolios');
    });
    const index = data.read().teams.users.findIndex((u) => u.key === 'samuel.adeyemi');
    expect(problemsOf(data.dir, true)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/teams\\.json: \\$\\.users\\[${index}\\]\\.skills: missing skill AI_Portfolios`
        )
      )
    );
  });

  it('given a chat rep without the Enhanced Chat permission set and a holder of it without the licence, when loaded, then both are reported', () => {
    data.change((files) => {
      const rep = files.teams.users.find((u) => u.key === 'mateo.alvarez')!;
      rep.permissionSets = rep.permissionSets.filter((p) => p !== 'Service_Chat_Agent');
      const director = files.teams.users.find((u) => u.key === 'margaret.hale')!;
      director.permissionSetLicenses = [];
    });
    const users = data.read().teams.users;
    const rep = users.findIndex((u) => u.key === 'mateo.alvarez');
    const director = users.findIndex((u) => u.key === 'margaret.hale');
    expect(problemsOf(data.dir)).toEqual([
      `data/teams.json: $.users[${director}].permissionSetLicenses: Service_Chat_Agent needs the Enhanced Chat User permission set licence EmbeddedServiceMessagingUserPsl`,
      `data/teams.json: $.users[${rep}].permissionSets: takes chats, so needs Service_Chat_Agent (Enhanced Chat Rep): without it no chat is ever offered to this user`
    ]);
  });
});

describe('where the schemas come from', () => {
  it('given a data folder that brings its own empty schemas, when loaded, then the shipped schemas still apply', () => {
    mkdirSync(path.join(data.dir, 'schemas'));
    for (const name of ['teams', 'customers', 'sample-cases', 'quick-texts'])
      writeFileSync(path.join(data.dir, 'schemas', `${name}.schema.json`), '{}');
    data.change((files) => {
      files.teams.users[0]!.skills[0]!.level = 11;
      (files.teams as unknown as Record<string, unknown>).$schema = './schemas/teams.schema.json';
    });
    expect(problemsOf(data.dir)).toContain(
      'data/teams.json: $.users[0].skills[0].level: must be <= 10'
    );
  });

  it('given a folder that does not exist, when loaded, then it is named as the user gave it', () => {
    expect(() => loadSeedData('/nope/data', { displayDir: '/nope/data' })).toThrow(
      'data folder not found: /nope/data (it holds teams.json, customers.json, sample-cases.json, quick-texts.json)'
    );
  });

  it('given another folder, when loaded with its name, then problems carry that name, not data/', () => {
    data.change((files) => (files.teams.users[0]!.skills[0]!.level = 11));
    const error = (() => {
      try {
        loadSeedData(data.dir, { displayDir: 'elsewhere' });
      } catch (e) {
        return (e as Error).message;
      }
      return '';
    })();
    expect(error).toContain('elsewhere/teams.json: $.users[0].skills[0].level: must be <= 10');
    expect(error).not.toContain('data/teams.json');
  });

  it('given a key written twice in one object, when loaded, then the object, the key and the line are named', () => {
    data.writeRaw(
      'quickTexts',
      '{\n  "quickTexts": [\n    { "name": "Hi", "message": "Hello", "channels": ["Chat"],\n      "message": "Bye" }\n  ]\n}\n'
    );
    expect(problemsOf(data.dir)).toContain(
      'data/quick-texts.json: $.quickTexts[0]: "message" appears twice (again on line 4); JSON keeps only the last value, so remove one'
    );
  });
});

describe('roles and profiles', () => {
  const indexOf = (key: string) => data.read().teams.users.findIndex((u) => u.key === key);

  it('given an account manager in the director role, when loaded, then it is refused: they would receive complaints about themselves', () => {
    data.change(
      (files) => (files.teams.users[indexOf('daniel.brooks')]!.role = 'Department_Director')
    );
    expect(problemsOf(data.dir, true)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/teams\\.json: \\$\\.users\\[${indexOf('daniel.brooks')}\\]\\.role: an accountManager must not hold Department_Director, the director role of the Routing Settings: .*complaints about themselves; use Account_Manager$`
        )
      )
    );
  });

  it('given a director without the director role, when loaded, then it says HNW complaints would find no director', () => {
    data.change(
      (files) => (files.teams.users[indexOf('margaret.hale')]!.role = 'Head_of_Client_Service')
    );
    expect(problemsOf(data.dir, true)).toContain(
      `data/teams.json: $.users[${indexOf('margaret.hale')}].role: the director must hold Department_Director, the director role of the Routing Settings, or HNW complaints find no director; not Head_of_Client_Service`
    );
  });

  it('given a rep in the account-manager role and a team lead in a rep role, when loaded, then both are reported with the role they need', () => {
    data.change((files) => {
      files.teams.users[indexOf('lucas.bennett')]!.role = 'Account_Manager';
      files.teams.users[indexOf('sofia.marin')]!.role = 'Ecommerce_Rep';
    });
    const problems = problemsOf(data.dir, true);
    expect(problems).toContainEqual(
      expect.stringContaining(
        `$.users[${indexOf('lucas.bennett')}].role: a rep must not hold Account_Manager: the HNW_Account_Managers queue`
      )
    );
    expect(problems).toContain(
      `data/teams.json: $.users[${indexOf('sofia.marin')}].role: a teamLead of ECOMMERCE holds the role Ecommerce_Team_Lead, not Ecommerce_Rep (the role decides which queues' work they see)`
    );
  });

  it('given System Administrator for an account manager, and an admin default profile, when loaded, then both are refused', () => {
    data.change((files) => {
      files.teams.users[indexOf('priya.raman')]!.profile = 'System Administrator';
      files.teams.defaults.profile = 'Custom: Support Admin';
    });
    const problems = problemsOf(data.dir);
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/teams\\.json: \\$\\.users\\[${indexOf('priya.raman')}\\]\\.profile: "System Administrator" is an administrator profile: a seeded accountManager with it could read and reassign every case`
        )
      )
    );
    expect(problems).toContainEqual(
      expect.stringMatching(
        /^data\/teams\.json: \$\.defaults\.profile: "Custom: Support Admin" is an administrator profile/
      )
    );
  });
});

describe('jsonPathOf', () => {
  it('given JSON pointers, when converted, then indexes are bracketed and odd names quoted', () => {
    expect(jsonPathOf('')).toBe('$');
    expect(jsonPathOf('/users/3/role')).toBe('$.users[3].role');
    expect(jsonPathOf('/a~1b/x y')).toBe('$["a/b"]["x y"]');
  });
});
