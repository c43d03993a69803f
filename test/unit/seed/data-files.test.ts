/** The seed data is checked before anything is sent; every problem names the file and the field. */
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

describe('jsonPathOf', () => {
  it('given JSON pointers, when converted, then indexes are bracketed and odd names quoted', () => {
    expect(jsonPathOf('')).toBe('$');
    expect(jsonPathOf('/users/3/role')).toBe('$.users[3].role');
    expect(jsonPathOf('/a~1b/x y')).toBe('$["a/b"]["x y"]');
  });
});
