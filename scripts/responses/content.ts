/**
 * What reps say, as data: one entry per desk (team, or group inside a team), with the steps of a
 * technical conversation and of a concern about staff, each written for the phone, email and chat.
 * `npm run responses` (scripts/cli/responses.ts) turns this into the ResponseScript__mdt and
 * ResponseScriptStep__mdt records, the acknowledgement email templates and the Case auto-response
 * rule, so the response times a customer is promised are the same everywhere.
 *
 * Merge fields: {CustomerFirstName}, {CaseNumber}, {AccountManagerName}, {ExpectedResponseTime},
 * {AgentName} (see MERGE_FIELDS). Links point at the firm's help centre.
 */
import type { Desk } from './model';
import {
  HELP,
  acknowledgeStaff,
  apologiseStaff,
  closeStaff,
  closeTechnical,
  escalateStaff,
  greet,
  greetStaff,
  verify,
  type DeskVoice
} from './phrasing';

/** Every concern about staff gets its first personal contact within this time, on every desk. */
export const STAFF_CONCERN_RESPONSE_TIME = 'within 1 business day';

const ecommerce: DeskVoice = {
  spokenName: 'our online store team',
  signature: 'Online Store Support'
};
const advisory: DeskVoice = {
  spokenName: 'our financial advice team',
  signature: 'Financial Advice Team'
};
const privateClient: DeskVoice = {
  spokenName: 'your private client team',
  signature: 'Private Client Services'
};
const director: DeskVoice = {
  spokenName: 'the office of the director of private client services',
  signature: 'Director, Private Client Services'
};
const aiExperts: DeskVoice = {
  spokenName: 'our AI Portfolios specialists',
  signature: 'AI Portfolios Specialists'
};
const tradingExperts: DeskVoice = {
  spokenName: 'our trading platform specialists',
  signature: 'Trading Platform Specialists'
};
const clientService: DeskVoice = { spokenName: 'Client Service', signature: 'Client Service' };

const ECOMMERCE: Desk = {
  team: 'ECOMMERCE',
  group: null,
  name: 'Ecommerce',
  label: 'E-commerce',
  spokenName: ecommerce.spokenName,
  signature: ecommerce.signature,
  acknowledgement: {
    whoAnswers: 'A member of our online store team',
    whileYouWait: `Answers to the most common questions about checkout, refunds and subscriptions are at ${HELP}/store.`
  },
  responseTime: { technical: 'within 4 business hours', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    greet(ecommerce, {
      phone: "I'm here to help with your order, payment or subscription today.",
      chat: "Thanks for waiting, I've read your message."
    }),
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          "So I can help you quickly, could you tell me what you were doing on our website when the problem happened? For example, paying at checkout, a charge you don't recognise, a refund you're waiting for, or a change to your subscription. Roughly when was it, and did you see an error message?",
        chat: 'What were you doing on the site when it went wrong: checkout, a charge, a refund or your subscription? Did you see an error message?',
        email:
          'From your message I understand that something went wrong with an order, a payment or your subscription on our website. I have looked at your account and your recent orders, so you do not need to explain it again.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          "Let's try a couple of things together. If the checkout failed, please open a private window in your browser and try again, and check that the billing address matches the one your bank has for the card. If you were charged twice, the second amount is usually a pending authorisation that your bank releases within three to five business days. If it's about your subscription, you can see and change it under Account, then Subscriptions.",
        chat: 'Could you try checkout again in a private window, and check that the billing address matches your card? If you see two charges, one is usually a pending hold that your bank releases within 3 to 5 business days.',
        email: `Here is what usually solves this:\n- Failed checkout: open a private window or clear your browser's cache, check that the billing address matches the one your bank holds for the card, and try again.\n- Two charges for one order: the second is normally a pending authorisation that your bank releases within 3 to 5 business days.\n- Subscription changes: go to Account > Subscriptions > Manage to change the plan, the payment card or the renewal date.\nOur step-by-step guide is at ${HELP}/store/checkout-problems.`
      },
      link: `${HELP}/store/checkout-problems`,
      knowledgeArticle: 'checkout-payment-failed'
    },
    {
      type: 'resolve',
      text: {
        phone:
          "I've now put this right on your account. If a refund is due, it goes back to the card you paid with and appears within five to ten business days; a subscription change takes effect straight away. You'll get a confirmation email either way.",
        chat: "All done on my side. Refunds go back to the card you paid with within 5 to 10 business days; subscription changes apply straight away. You'll get a confirmation email.",
        email: `I have put this right on your account. If a refund is due, it goes back to the card you paid with and appears within 5 to 10 business days, depending on your bank. Subscription changes take effect immediately. You will receive a separate confirmation email, and you can follow your refund at ${HELP}/store/refunds.`
      },
      link: `${HELP}/store/refunds`,
      knowledgeArticle: 'refunds-and-returns'
    },
    closeTechnical(ecommerce)
  ],
  staff: [
    greetStaff(ecommerce),
    verify(),
    acknowledgeStaff('our online store team'),
    apologiseStaff(),
    escalateStaff('the e-commerce team lead', 'an order, a refund or your subscription'),
    closeStaff(ecommerce, 'the e-commerce team lead')
  ]
};

const ADVISORY: Desk = {
  team: 'ADVISORY',
  group: null,
  name: 'Advisory',
  label: 'Advisory',
  spokenName: advisory.spokenName,
  signature: advisory.signature,
  acknowledgement: {
    whoAnswers: 'One of our financial advisors',
    whileYouWait: `Our fee schedule and how to book a planning review are at ${HELP}/advice.`
  },
  responseTime: { technical: 'within 1 business day', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    greet(advisory, {
      phone: "I'm here to help with your plan, your fees or your investments today.",
      chat: "Thanks for waiting, I've read your message."
    }),
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          'What would you like to go through today: your fees, your retirement or financial plan, your portfolio, or booking time with an advisor? And is there a date that matters, such as a retirement date or a tax deadline?',
        chat: 'What is it about: fees, your financial or retirement plan, your portfolio, or booking an advisor? Is there a date that matters?',
        email:
          'I understand you have a question about your financial plan, the advice you have received or the fees on your account. I have reviewed your plan and your recent statements before writing to you.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          'Let me explain how this works. Our advisory fee is charged every quarter, in arrears, as a percentage of the assets we advise on, and every charge is listed on your quarterly statement under Fees. Your plan and its assumptions are under Planning in your online account. If something in your plan no longer fits, for example a new retirement date, we can update it together.',
        chat: 'Advisory fees are charged quarterly, in arrears, and listed on your statement under Fees. Your plan is under Planning in your online account. Shall I walk you through a line on your statement?',
        email: `Here is how it works:\n- Advisory fees are charged every quarter, in arrears, as a percentage of the assets we advise on. Each charge is listed on your quarterly statement under Fees, and the full schedule is at ${HELP}/advice/fees.\n- Your financial plan, its assumptions and its progress are under Planning in your online account.\n- If your circumstances have changed (a new retirement date, a change in income, an inheritance), your plan should be reviewed so that the advice still fits.`
      },
      link: `${HELP}/advice/fees`,
      knowledgeArticle: 'advisory-fee-schedule'
    },
    {
      type: 'resolve',
      text: {
        phone:
          "The best next step is a planning session with one of our advisors, and I can book it for you now. Would a morning or an afternoon suit you better this week? You'll get a calendar invitation by email with your case number.",
        chat: "I can book you a session with an advisor. Morning or afternoon this week? You'll get an invitation by email.",
        email: `The best next step is a planning review with one of our advisors. You can choose a time that suits you at ${HELP}/advice/book-a-review, or reply with two or three times and I will book it for you. Please have your latest pension and retirement account statements to hand.`
      },
      link: `${HELP}/advice/book-a-review`,
      knowledgeArticle: 'retirement-plan-review'
    },
    closeTechnical(advisory)
  ],
  staff: [
    greetStaff(advisory),
    verify(),
    acknowledgeStaff('our financial advice team'),
    apologiseStaff(),
    escalateStaff('the advisory team lead', 'a question on your plan or fees', {
      full: 'If you would prefer to work with a different advisor, they can arrange that too.',
      short: 'They can also arrange a different advisor.'
    }),
    closeStaff(advisory, 'the advisory team lead')
  ]
};

const HNW_ACCOUNT_MANAGER: Desk = {
  team: 'HNW',
  group: 'ACCOUNT_MANAGER',
  name: 'HNW_Account_Manager',
  label: 'HNW Account Manager',
  spokenName: privateClient.spokenName,
  signature: privateClient.signature,
  acknowledgement: {
    whoAnswers: 'Your account manager',
    whileYouWait: `Your private client dashboard is at ${HELP}/private-client/dashboard.`
  },
  responseTime: { technical: 'within 2 business hours', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    {
      type: 'greet',
      text: {
        phone:
          'Hello {CustomerFirstName}, this is {AgentName} from your private client team. Thank you for calling; how are you today?',
        chat: "Hello {CustomerFirstName}, it's {AgentName} from your private client team. Thank you for your message, I'm on it.",
        email:
          'Dear {CustomerFirstName},\n\nThank you for your message about case {CaseNumber}. This is {AgentName} from your private client team, and I am handling it personally.'
      }
    },
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          'How can I help today? Is it about your portfolio and its performance, a trade or a transfer, a rebalance, or your plan?',
        chat: 'How can I help: your portfolio, a trade or transfer, a rebalance, or your plan?',
        email:
          'I understand you would like us to look at your portfolio. Before replying, I reviewed your holdings, your recent activity and any instructions still open.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          "Let me pull up your portfolio. I can see your current allocation against your target, your recent trades and any transfers in progress. Tell me which part you'd like to look at first, and I'll take you through it line by line.",
        chat: 'I have your portfolio open: allocation against target, recent trades and any transfers in progress. Which would you like to look at first?',
        email: `I have checked your current allocation against your agreed target, your trades and transfers of the last 30 days, and any instructions still open. Where something needs attention, I have noted it below with what I propose. Your private client dashboard shows the same view at ${HELP}/private-client/dashboard.`
      },
      link: `${HELP}/private-client/dashboard`,
      knowledgeArticle: 'private-client-service-guide'
    },
    {
      type: 'resolve',
      text: {
        phone:
          "Here's what I suggest: I'll put your instruction through today and send you written confirmation. If you'd like a full review, I can set up a meeting, in person or by video, at a time that suits you.",
        chat: "I'll put your instruction through today and send written confirmation. Would you like a full portfolio review meeting as well?",
        email: `I have put your instruction through, and you will receive written confirmation separately. If you would like a full review of your portfolio and plan, I would be glad to meet, in person or by video; you can pick a time at ${HELP}/private-client/portfolio-review.`
      },
      link: `${HELP}/private-client/portfolio-review`,
      knowledgeArticle: 'private-client-portfolio-review'
    },
    closeTechnical(privateClient)
  ],
  staff: [
    {
      type: 'greet',
      text: {
        phone:
          'Hello {CustomerFirstName}, this is {AgentName} from your private client team. I understand you have a concern about a member of our staff, and I am glad you told us.',
        chat: "Hello {CustomerFirstName}, it's {AgentName} from your private client team. I understand you have a concern about a member of our staff.",
        email:
          'Dear {CustomerFirstName},\n\nThank you for your message about case {CaseNumber}. This is {AgentName} from your private client team.'
      }
    },
    verify(),
    {
      type: 'acknowledge',
      text: {
        phone:
          "Thank you for telling me. I'd like to understand exactly what happened: who was involved, when it was, and what you would like us to do about it.",
        chat: 'Thank you for telling me. Who was involved, when was it, and what would you like us to do about it?',
        email:
          'Thank you for telling us about this. I have recorded your concern on case {CaseNumber} exactly as you described it.'
      }
    },
    {
      type: 'apologise',
      text: {
        phone:
          "I'm sorry. You should be able to rely on every person here, and it's important that you raised it.",
        chat: "I'm sorry. You should be able to rely on everyone here, and I'm glad you raised it.",
        email:
          'I am sorry. You should be able to rely on every person who works on your account, and it is important that you raised this.'
      }
    },
    {
      type: 'escalate',
      text: {
        phone:
          'Every concern about a member of our staff goes to our department director, who reviews it independently. I am passing this to the director now, with everything you have told me, and the director will contact you personally {ExpectedResponseTime}. If your concern is about me, the director will handle it without my involvement.',
        chat: "Every staff concern goes to our department director, who reviews it independently. I'm passing this on now; the director will contact you personally {ExpectedResponseTime}. If it is about me, I won't be involved.",
        email: `Every concern about a member of our staff is reviewed by our department director, independently of the people involved. I have passed your message to the director, who will contact you personally {ExpectedResponseTime}. If your concern is about me, the director will handle it without my involvement. Our complaints procedure is at ${HELP}/complaints.`
      },
      link: `${HELP}/complaints`,
      knowledgeArticle: 'handling-staff-concerns'
    },
    closeStaff(privateClient, 'the department director')
  ]
};

const HNW_DIRECTOR: Desk = {
  team: 'HNW',
  group: 'DIRECTOR',
  name: 'HNW_Director',
  label: 'HNW Director',
  spokenName: director.spokenName,
  signature: director.signature,
  acknowledgement: {
    whoAnswers: 'Our department director, personally',
    whileYouWait: `Our complaints procedure is at ${HELP}/complaints.`
  },
  responseTime: { technical: 'within 2 business hours', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    {
      type: 'greet',
      text: {
        phone:
          "Hello {CustomerFirstName}, this is {AgentName}, director of private client services. Thank you for calling; I'm handling your request personally.",
        chat: "Hello {CustomerFirstName}, I'm {AgentName}, director of private client services. I'm handling your request personally.",
        email:
          'Dear {CustomerFirstName},\n\nI am {AgentName}, director of private client services, and I am handling your case {CaseNumber} personally.'
      }
    },
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          'I understand this has come to me because it has not been resolved. Could you tell me what has happened so far, what is still open, and what outcome you need?',
        chat: 'This has come to me because it is not resolved yet. What is still open, and what outcome do you need?',
        email:
          'Your request has been escalated to me. I have read the full history of your case, including everything that has been done so far, so you do not need to explain it again.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          "I'm bringing in the right specialist now, from our AI Portfolios or trading platform experts, together with your account manager, {AccountManagerName}, so that nobody asks you to repeat yourself. I stay responsible for the outcome.",
        chat: "I'm bringing in the right specialist and your account manager, {AccountManagerName}. I stay responsible for the outcome.",
        email:
          'I have asked the right specialist, from our AI Portfolios or trading platform experts, to work on this with your account manager, {AccountManagerName}, and I remain personally responsible for the outcome.'
      },
      knowledgeArticle: 'private-client-escalations'
    },
    {
      type: 'resolve',
      text: {
        phone:
          'You will hear from me {ExpectedResponseTime}, with either the solution or a clear update. If a mistake on our side has cost you money, we will put it right.',
        chat: "You'll hear from me {ExpectedResponseTime} with the solution or a clear update. If a mistake on our side cost you money, we'll put it right.",
        email:
          'You will hear from me {ExpectedResponseTime}, with either the solution or a clear update on where things stand. If a mistake on our side has cost you money, we will put it right.'
      }
    },
    closeTechnical(director)
  ],
  staff: [
    {
      type: 'greet',
      text: {
        phone:
          'Hello {CustomerFirstName}, this is {AgentName}, director of private client services. Thank you for calling. Concerns about our staff come to me directly, and I am listening.',
        chat: "Hello {CustomerFirstName}, I'm {AgentName}, director of private client services. Concerns about our staff come to me directly.",
        email:
          'Dear {CustomerFirstName},\n\nThank you for writing. I am {AgentName}, director of private client services. Concerns about our staff come directly to me, and I am reviewing case {CaseNumber} personally.'
      }
    },
    verify(),
    {
      type: 'acknowledge',
      text: {
        phone:
          'Thank you for raising this with me. Is your concern about your account manager, {AccountManagerName}, or about someone else on the team? Please tell me what happened and when, in your own words.',
        chat: 'Thank you for raising this. Is it about your account manager, {AccountManagerName}, or someone else? What happened, and when?',
        email:
          'Thank you for telling me about this. Your account manager has not been involved in handling your message, and I have recorded your concern exactly as you described it.'
      }
    },
    {
      type: 'apologise',
      text: {
        phone:
          "I'm very sorry. You trust us with a great deal, and you should be able to rely on every person who works on your account.",
        chat: "I'm very sorry. You should be able to rely on everyone who works on your account.",
        email:
          'I am very sorry. You trust us with a great deal, and you should be able to rely on every person who works on your account.'
      }
    },
    {
      type: 'resolve',
      text: {
        phone:
          "Here's what happens next. I'll review your account activity and the conversations on record, and speak to the people involved. You'll hear from me personally {ExpectedResponseTime}. In the meantime, I can be your point of contact, or I can assign a different account manager straight away. Which would you prefer?",
        chat: "I'll review your account and conversations, speak to the people involved, and contact you personally {ExpectedResponseTime}. Meanwhile I can be your contact, or assign a different account manager now. Which do you prefer?",
        email: `This is what will happen next:\n1. I will review your account activity and the conversations we hold on record.\n2. I will speak to the people involved.\n3. I will contact you personally {ExpectedResponseTime} with my findings and what we will do.\nIn the meantime, I am your point of contact; if you prefer, I can assign a different account manager straight away. Our complaints procedure is at ${HELP}/complaints.`
      },
      link: `${HELP}/complaints`,
      knowledgeArticle: 'client-complaints-procedure'
    },
    closeStaff(director, 'I')
  ]
};

const EXPERTS_AI_PORTFOLIOS: Desk = {
  team: 'EXPERTS',
  group: 'AI_PORTFOLIOS',
  name: 'Experts_AI_Portfolios',
  label: 'AI Portfolios',
  spokenName: aiExperts.spokenName,
  signature: aiExperts.signature,
  acknowledgement: {
    whoAnswers: 'One of our AI Portfolios specialists',
    whileYouWait: `How rebalancing and risk levels work is explained at ${HELP}/ai-portfolios.`
  },
  responseTime: { technical: 'within 4 business hours', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    greet(aiExperts, {
      phone: "I'm here to help with your AI portfolio today.",
      chat: "Thanks for waiting, I've read your message."
    }),
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          "What's happening with your AI portfolio? For example, a rebalance you didn't expect, a change in your risk level, a deposit that hasn't been invested yet, or your goals.",
        chat: "What's happening with your AI portfolio: an unexpected rebalance, your risk level, a deposit not invested yet, or your goals?",
        email:
          'I understand you have a question about how your AI portfolio is managed. I have looked at its recent activity, its risk level and your latest questionnaire answers.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          'Here is how your AI portfolio works. It rebalances automatically when any asset class drifts more than five percent from its target, and at least once a quarter. New deposits are invested within two business days. Your risk level comes from your latest risk questionnaire, so if your answers changed, your allocation changes too.',
        chat: 'Your portfolio rebalances when an asset class drifts more than 5% from target, and at least quarterly. Deposits are invested within 2 business days. Your risk level follows your latest questionnaire answers.',
        email: `Here is how your AI portfolio is managed:\n- Rebalancing: automatic whenever an asset class drifts more than 5% from its target, and at least once a quarter (${HELP}/ai-portfolios/rebalancing).\n- New deposits: invested within 2 business days of arriving in your account.\n- Risk level: set by your latest risk questionnaire. Changing your answers or your goals starts a new rebalance within 2 business days.`
      },
      link: `${HELP}/ai-portfolios/rebalancing`,
      knowledgeArticle: 'ai-portfolio-rebalancing'
    },
    {
      type: 'resolve',
      text: {
        phone:
          "If the risk level isn't right for you, we can retake the risk questionnaire together now, or I can reset it to your previous level. Either change starts a rebalance within two business days, and you'll get an email when it's done.",
        chat: "If your risk level isn't right, I can reset it to the previous one, or you can retake the questionnaire under Goals > Risk profile. A rebalance follows within 2 business days.",
        email: `If your risk level no longer reflects how you feel about risk, you can retake the questionnaire under Goals > Risk profile (${HELP}/ai-portfolios/risk-profile), or reply and I will reset it to your previous level. Either change starts a rebalance within 2 business days, and we will email you when it is complete.`
      },
      link: `${HELP}/ai-portfolios/risk-profile`,
      knowledgeArticle: 'ai-portfolio-risk-profile'
    },
    closeTechnical(aiExperts)
  ],
  staff: [
    greetStaff(aiExperts),
    verify(),
    acknowledgeStaff('our AI Portfolios team'),
    apologiseStaff(),
    escalateStaff('the experts team lead', 'a question about your AI portfolio'),
    closeStaff(aiExperts, 'the experts team lead')
  ]
};

const EXPERTS_TRADING_PLATFORM: Desk = {
  team: 'EXPERTS',
  group: 'TRADING_PLATFORM',
  name: 'Experts_Trading_Platform',
  label: 'Trading Platform',
  spokenName: tradingExperts.spokenName,
  signature: tradingExperts.signature,
  acknowledgement: {
    whoAnswers: 'One of our trading platform specialists',
    whileYouWait: `Order statuses and the secure two-factor reset are explained at ${HELP}/trading.`
  },
  responseTime: { technical: 'within 2 business hours', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    greet(tradingExperts, {
      phone: "I'm here to help with the trading platform today.",
      chat: "Thanks for waiting, I've read your message."
    }),
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          "What's happening on the trading platform? Are you unable to log in, for example after changing phone, or is it about an order that's pending, rejected or not showing?",
        chat: "What's happening: a login or two-factor problem, or an order that's pending, rejected or not showing?",
        email:
          'I understand you are having trouble with our trading platform. I have checked your recent logins and your orders of the last few days.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          'Orders placed outside market hours stay pending until the market opens, and you can cancel a pending order under Orders, then Open orders; if Cancel is greyed out, the order is already being executed. Executed trades can take up to fifteen minutes to show. If you cannot log in after changing phone, we will reset your two-factor authentication together.',
        chat: 'Orders placed outside market hours stay pending until the open; you can cancel them under Orders > Open orders. Executed trades can take up to 15 minutes to show: pull down to refresh.',
        email: `Here is what usually explains it:\n- Orders placed outside market hours stay pending until the market opens. You can cancel a pending order under Orders > Open orders; if Cancel is greyed out, the order is already being executed.\n- Executed trades can take up to 15 minutes to appear in the app; pull down on the Orders screen to refresh.\n- A rejected order shows its reason under Orders > History, most often insufficient buying power or a limit price outside the day's range.\nOrder statuses are explained at ${HELP}/trading/order-status.`
      },
      link: `${HELP}/trading/order-status`,
      knowledgeArticle: 'order-status-explained'
    },
    {
      type: 'resolve',
      text: {
        phone:
          "To reset your two-factor authentication, I've sent a one-time reset link to the email address on your account; it's valid for thirty minutes. Open it on your new phone, scan the code with your authenticator app, and you'll be back in. For your security, I will never ask you to read out a verification code.",
        chat: "I've sent a reset link to the email on your account, valid for 30 minutes. Open it on your new phone and scan the code with your authenticator app. Never share a verification code with anyone, including us.",
        email: `If you cannot log in because of two-factor authentication, for example after changing phone, use the secure reset at ${HELP}/trading/two-factor-reset: we will send a one-time link, valid for 30 minutes, to the email address on your account. We will never ask you for a verification code. If an order did not go through as expected, reply with its order reference and I will check it with our trading desk.`
      },
      link: `${HELP}/trading/two-factor-reset`,
      knowledgeArticle: 'reset-two-factor-authentication'
    },
    closeTechnical(tradingExperts)
  ],
  staff: [
    greetStaff(tradingExperts),
    verify(),
    acknowledgeStaff('our trading platform team'),
    apologiseStaff(),
    escalateStaff('the experts team lead', 'an order or a login problem'),
    closeStaff(tradingExperts, 'the experts team lead')
  ]
};

const TRIAGE: Desk = {
  team: 'TRIAGE',
  group: null,
  name: 'Triage',
  label: 'Triage',
  spokenName: clientService.spokenName,
  signature: clientService.signature,
  acknowledgement: {
    whoAnswers: 'A member of our client service team',
    whileYouWait: `Answers to the most common questions are at ${HELP}.`
  },
  responseTime: { technical: 'within 1 business day', staff: STAFF_CONCERN_RESPONSE_TIME },
  technical: [
    greet(clientService, {
      phone: "I'll make sure you reach the right person.",
      chat: "Thanks for waiting, I've read your message."
    }),
    verify(),
    {
      type: 'understand',
      text: {
        phone:
          "So I can get you to the right person first time, could you tell me in a sentence what you're calling about? Is it our website or online store, financial advice or fees, your AI portfolio, the trading platform, or your investments in general?",
        chat: 'So I can get you to the right specialist: is it about the online store, financial advice or fees, your AI portfolio, the trading platform, or your investments?',
        email:
          'I have read your message carefully to make sure it reaches the right specialist first time.'
      }
    },
    {
      type: 'troubleshoot',
      text: {
        phone:
          "Thank you, that's clear. This is best handled by our specialists for that area, so I'm transferring you now with a note of everything you've told me; you won't need to repeat it. If the line drops, your case number is {CaseNumber}.",
        chat: "Thanks, that's clear. I'm transferring you to the right specialists now; they'll see everything you've told me, so there's no need to repeat it.",
        email:
          'Your request is best handled by our specialist team for this area, so I have passed it to them with your full message. They will reply {ExpectedResponseTime}, quoting case {CaseNumber}.'
      },
      knowledgeArticle: 'triage-routing-guide'
    },
    {
      type: 'resolve',
      text: {
        phone:
          "If it's a general question, I can help you right away: I can update your address or contact details, resend a statement, or send a password reset link to the email on your account.",
        chat: 'If it is a general question, I can help now: update your details, resend a statement or send a password reset link.',
        email: `If your question is a general one, these are the quickest ways: update your address or contact details under Profile, download statements under Documents, and reset your password at ${HELP}/account/password-reset.`
      },
      link: `${HELP}/account/password-reset`,
      knowledgeArticle: 'account-general-questions'
    },
    closeTechnical(clientService)
  ],
  staff: [
    greetStaff(clientService),
    verify(),
    acknowledgeStaff('our staff'),
    apologiseStaff(),
    escalateStaff('the team lead of the team involved', 'your original question'),
    closeStaff(clientService, 'the team lead')
  ]
};

/** Every desk, in the order the road map and Setup list them. */
export const DESKS: readonly Desk[] = [
  ECOMMERCE,
  ADVISORY,
  HNW_ACCOUNT_MANAGER,
  HNW_DIRECTOR,
  EXPERTS_AI_PORTFOLIOS,
  EXPERTS_TRADING_PLATFORM,
  TRIAGE
];
