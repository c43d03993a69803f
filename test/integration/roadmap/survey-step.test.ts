/**
 * Integration: the response road map's satisfaction survey step comes from the shipped metadata
 * (the survey email template), comes after the rep's answer, and disappears without the template.
 */
import { repoRoot } from '../../../scripts/lib/project';
import { channelJourney, SURVEY_TEMPLATE, surveyStage } from '../../../scripts/roadmap/journey';
import { loadRoadmapInput } from '../../../scripts/roadmap/sources';

describe('the satisfaction survey step of the road map', () => {
  const input = loadRoadmapInput(repoRoot());

  it('given the shipped template, when a case closes, then the email names its subject and source file', () => {
    const stage = surveyStage(input, 'email');
    const template = input.emailTemplates.get(SURVEY_TEMPLATE);
    expect(template).toBeDefined();
    expect(stage).toMatchObject({
      id: 'survey',
      kind: 'automated',
      condition: 'the case is closed'
    });
    expect(stage?.detail).toContain(template!.subject);
    expect(stage?.source).toBe(template!.file);
  });

  it('given a chat, then the rep sends the link with the quick text before closing', () => {
    expect(surveyStage(input, 'chat')).toMatchObject({
      condition: 'the rep closes the chat',
      detail: expect.stringContaining('quick text "Survey link"')
    });
  });

  it('comes after the rep answers on every channel, not before', () => {
    for (const channel of ['phone', 'email', 'chat'] as const) {
      const journey = channelJourney(input, channel);
      expect(journey.closing.map((s) => s.id)).toEqual(['survey']);
      expect(journey.afterRouting.map((s) => s.id)).not.toContain('survey');
    }
  });

  it('given metadata without the survey template, then there is no survey step', () => {
    const templates = new Map(input.emailTemplates);
    templates.delete(SURVEY_TEMPLATE);
    const without = { ...input, emailTemplates: templates };
    expect(surveyStage(without, 'phone')).toBeNull();
    expect(channelJourney(without, 'chat').closing).toEqual([]);
  });
});
