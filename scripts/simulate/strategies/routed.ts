/**
 * `routed`: this project's configuration. The routing engine (the same library as `npm run route`)
 * classifies each contact's text and picks a queue, a skills-based request or a direct-to-agent
 * request; Omni-Channel then works with the shipped routing and presence configurations. A rep
 * who receives work that is not theirs forwards it to where the rules send its true team; a rep
 * who receives their own team's work through the team queue (the fallback of a skills request)
 * handles it.
 * Automated acknowledgements come from the metadata (Enhanced Chat initial response, Case
 * auto-response rule).
 */
import type { RoutingEngine } from '../../routing/engine';
import { contactFromJson } from '../../routing/input';
import type { Contact } from '../../routing/model';
import type { Agent, Work } from '../model';
import { destinationKey } from '../model';
import {
  CachedRouter,
  lineForTarget,
  targetForDestination,
  type AcceptDecision,
  type Strategy,
  type StrategyContext
} from '../strategy';

/** The contact as `npm run route` would read it: the corpus text plus the simulated customer. */
export function contactForEngine(work: Work): Contact {
  const parsed = contactFromJson({
    id: work.message.id,
    channel: work.channel,
    ...work.message.input,
    ...(work.language ? { language: work.language } : {}),
    customer: work.customer
  });
  if (!parsed.ok) throw new Error(`corpus message ${work.message.id}: ${parsed.error.error}`);
  return parsed.contact;
}

export function routedStrategy(ctx: StrategyContext, engine: RoutingEngine): Strategy {
  const router = new CachedRouter(engine, contactForEngine);
  const skillsLine = (work: Work) => (skills: string[], fallback: string) =>
    ctx.lines.skills(skills, fallback, work.channel);
  const userLine = (work: Work) => (agent: Agent, fallback: string) =>
    ctx.lines.user(agent, fallback, work.channel);

  return {
    name: 'routed',
    chatAutoResponse: ctx.org.chatInitialResponse,
    emailAutoAcknowledgement: ctx.org.emailAutoResponse,
    knowledge: true,

    entry(work) {
      const decision = router.route(work);
      work.misrouted =
        destinationKey({ team: decision.team, group: decision.group }) !== work.truthKey;
      // The routing factors as the org applies them: OmniWorkRouter raises a case's priority and
      // adds the language as an additional skill (left out when the skill does not exist); for a
      // chat the flow's Route Work action does both for a skills-based request only (the language
      // as an additional skill, a raised chat through the Chat_Raised routing configuration), never
      // for a chat routed to a queue or a person.
      const applies = work.channel !== 'chat' || decision.target.kind === 'skills';
      work.priorityBoost = applies ? decision.factors.priorityBoost : 0;
      const additional = applies ? decision.factors.additionalSkills[0] : undefined;
      if (additional && decision.target.kind === 'skills' && ctx.org.skills.has(additional.skill)) {
        const language = (skills: string[], fallback: string) =>
          ctx.lines.skillsWithAdditional(
            skills,
            additional.skill,
            additional.dropAfterSeconds,
            fallback,
            work.channel
          );
        return lineForTarget(ctx, decision.target, work, language, userLine(work));
      }
      return lineForTarget(ctx, decision.target, work, skillsLine(work), userLine(work));
    },

    onAccept(work, agent): AcceptDecision {
      if (agent.identities.has(work.truthKey)) return 'handle';
      // A team's queue is the fallback of its skills-based requests: a rep of the right team who
      // gets the work from it handles it rather than sending it back to the missing expert.
      if (
        agent.spec.role === 'rep' &&
        agent.spec.team === work.truth.team &&
        work.line?.kind === 'queue'
      )
        return 'handle';
      const target = targetForDestination(ctx, work.truth, work);
      return lineForTarget(ctx, target, work, skillsLine(work), userLine(work));
    }
  };
}
