/**
 * Steps every desk shares in shape (greet, verify, close, and the first steps of a staff concern),
 * written once per channel: spoken on the phone, short in chat, complete in email. Each desk fills
 * in how it is named and what it offers, so the wording stays consistent across the 42 scripts.
 */
import type { StepContent } from './model';

export const HELP = 'https://help.example.com';

export interface DeskVoice {
  /** "our online store team" */
  spokenName: string;
  /** Email sign-off line under the agent's name: "Online Store Support". */
  signature: string;
}

export function greet(voice: DeskVoice, purpose: { phone: string; chat: string }): StepContent {
  return {
    type: 'greet',
    text: {
      phone: `Thank you for calling, {CustomerFirstName}. My name is {AgentName}, from ${voice.spokenName}. ${purpose.phone}`,
      chat: `Hi {CustomerFirstName}, I'm {AgentName} from ${voice.spokenName}. ${purpose.chat}`,
      email: `Dear {CustomerFirstName},\n\nThank you for contacting ${voice.spokenName} about case {CaseNumber}. My name is {AgentName}, and I am looking after your request personally.`
    }
  };
}

export function verify(): StepContent {
  return {
    type: 'verify',
    text: {
      phone:
        'Before we go into your account, and for your security, could you please confirm your full name, your date of birth and the last four digits of your account number?',
      chat: 'Before I open your account, could you confirm your date of birth and the ZIP code we have on file?',
      email:
        'We have matched the address you wrote from to the email address on your account. For your security, we will never ask you for a password, a full account number or a verification code by email.'
    },
    link: `${HELP}/security/how-we-verify-you`,
    knowledgeArticle: 'verifying-customer-identity'
  };
}

/** Close of a technical conversation: recap, case number, next answer time, satisfaction question. */
export function closeTechnical(voice: DeskVoice): StepContent {
  return {
    type: 'close',
    text: {
      phone:
        'Your case number is {CaseNumber}. If anything is still open, we will come back to you {ExpectedResponseTime}. Is there anything else I can help you with today? And before you go: on a scale from one to five, how satisfied are you with the help you received today?',
      chat: 'Anything else I can help with? Your case number is {CaseNumber}. One last question: how happy are you with this chat, from 1 to 5?',
      email: `If anything is still unclear, simply reply to this email: your case number is {CaseNumber}, and we will answer {ExpectedResponseTime}. We would value your feedback: how satisfied are you with the help you received? You can rate us in one click at ${HELP}/feedback.\n\nKind regards,\n{AgentName}\n${voice.signature}`
    },
    link: `${HELP}/feedback`
  };
}

/** Close of a staff concern: who owns it now, when they will call, a gentle satisfaction question. */
export function closeStaff(voice: DeskVoice, owner: string): StepContent {
  return {
    type: 'close',
    text: {
      phone: `Thank you again for raising this, {CustomerFirstName}; it helps us put things right. Your case number is {CaseNumber}, and ${owner} will contact you {ExpectedResponseTime}. Is there anything else I can do for you today? And so that we can improve, how would you rate the way we handled your call today, from one to five?`,
      chat: `Thanks for raising this. Case {CaseNumber}: ${owner} will contact you {ExpectedResponseTime}. Anything else? And how would you rate how we handled this chat, from 1 to 5?`,
      email: `Your case number is {CaseNumber}, and ${owner} will contact you {ExpectedResponseTime}. If you remember anything else, reply to this email and it will be added to your case. So that we can improve, we would be grateful if you rated how we handled your concern at ${HELP}/feedback.\n\nKind regards,\n{AgentName}\n${voice.signature}`
    },
    link: `${HELP}/feedback`
  };
}

export function greetStaff(voice: DeskVoice): StepContent {
  return greet(voice, {
    phone:
      'I understand you would like to talk to us about a member of our staff, and I am glad you called.',
    chat: "I understand you'd like to raise a concern about a member of our staff. Thank you for telling us."
  });
}

/** Acknowledge and apologise for a concern about staff, for desks whose team lead reviews it. */
export function acknowledgeStaff(teamPhrase: string): StepContent {
  return {
    type: 'acknowledge',
    text: {
      phone:
        "Thank you for telling me about this. I'd like to make sure I understand: could you tell me what happened, when it was, and, if you know it, the name of the person you dealt with? I'm writing it down exactly as you say it.",
      chat: "Thank you for telling us. What happened, when, and do you have the person's name? I'll note it exactly as you write it.",
      email: `Thank you for taking the time to tell us about your experience with a member of ${teamPhrase}. I have recorded your concern on case {CaseNumber} exactly as you described it, so nobody will ask you to repeat it.`
    }
  };
}

export function apologiseStaff(): StepContent {
  return {
    type: 'apologise',
    text: {
      phone:
        "I'm sorry you were treated this way. That is not the service we want you to have, and it's right that you told us.",
      chat: "I'm really sorry this happened. It's not the service we want you to get.",
      email:
        'I am sorry. What you describe is not the standard of service we expect from our team, and you were right to raise it.'
    }
  };
}

/**
 * Escalate a concern about staff to the reviewer (a team lead), independently of the person involved,
 * while offering to settle anything still open on the original request.
 */
export function escalateStaff(
  reviewer: string,
  openItem: string,
  offer: { full: string; short: string } | null = null
): StepContent {
  const extra = offer === null ? '' : ` ${offer.full}`;
  const extraChat = offer === null ? '' : ` ${offer.short}`;
  return {
    type: 'escalate',
    text: {
      phone: `Concerns about our staff are reviewed by ${reviewer}, never by the person involved. I'm passing your case to them now with everything you've told me, and they will contact you {ExpectedResponseTime}.${extra} If ${openItem} is still open, I can sort that out with you right now.`,
      chat: `I'm passing this to ${reviewer}, who reviews staff concerns independently. They'll contact you {ExpectedResponseTime}.${extraChat} Is ${openItem} still open? I can help now.`,
      email: `Concerns about a member of staff are reviewed by ${reviewer}, independently of the person involved. I have passed your case to them with your full message, and they will contact you {ExpectedResponseTime}.${extra} If ${openItem} is still open, reply to this email and I will take care of it in the meantime. You can read how we handle concerns at ${HELP}/complaints.`
    },
    link: `${HELP}/complaints`,
    knowledgeArticle: 'handling-staff-concerns'
  };
}
