/**
 * What customers write to the firm, by situation, in their own words: the raw material of the
 * labelled corpus (data/corpus/messages.jsonl, built by corpus-build.ts). Each situation states its
 * TRUE topic and issue type; the team follows from the business rules (docs/design.md#routing-semantics), never from
 * the triage phrases. The wording is deliberately the customers', not the phrase list's: vague,
 * chatty, misspelt, several things at once, names instead of roles.
 *
 * Placeholders: {first} and {manager} are the client's account manager (HNW situations only);
 * {he}, {him}, {his} (and capitalised) are the manager's pronouns.
 */
import type { IssueType, Segment, Topic } from '../routing/model';

export interface Situation {
  /** Stable key: part of every line id built from it. */
  key: string;
  topic: Topic | null;
  issueType: IssueType;
  /** HNW staff concern about the client's own account manager. */
  aboutAccountManager?: boolean;
  segment: Segment;
  /** Email subjects (one per email line, in turn). */
  subjects: string[];
  /** What the customer writes (email bodies; chat and phone reuse them when they have none). */
  says: string[];
  /** Chat first messages (short, typed fast). */
  chat?: string[];
  /** Phone transcripts (spoken). */
  spoken?: string[];
}

const standard = (s: Omit<Situation, 'segment'>): Situation => ({ ...s, segment: 'STANDARD' });
const hnw = (s: Omit<Situation, 'segment'>): Situation => ({ ...s, segment: 'HNW' });

// ---------------------------------------------------------------- e-commerce (site, shop, billing)
const ECOMMERCE: Situation[] = [
  standard({
    key: 'ecom-double-charge',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Charged two times??', 'Duplicate payment on my card', 'Billing problem'],
    says: [
      'I signed up for the Market Insights research package on your website yesterday and my bank shows the same amount taken twice. Please refund one of them.',
      'There are two identical charges of $29.99 from you on my credit card statement for one purchase. I only clicked pay once. Can you reverse the second one?',
      "Your site took my money twice for the same order. I'd like the duplicate back asap."
    ],
    chat: [
      'hi i got charged twice for the research subscription, can someone fix it',
      'why are there 2 payments on my card for one order??'
    ],
    spoken: [
      'Yeah hi, so I bought the, uh, the research thing on your website, the monthly one, and my bank app shows it went out twice. Same amount, same day. I just want one of them back.'
    ]
  }),
  standard({
    key: 'ecom-checkout-fails',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Cannot complete purchase', 'payment page error', 'Trying to buy the course'],
    says: [
      'Every time I try to pay for the Retirement Masterclass the page just spins and then says something went wrong. I tried two different cards.',
      "I've been trying to buy the e-book bundle for an hour. I put in my card details, press the pay button and get sent back to an empty basket.",
      'The payment step on your shop keeps rejecting my Visa although the card works everywhere else. Is there a problem on your end?'
    ],
    chat: [
      'checkout keeps failing when i try to pay for the masterclass',
      'Hello, the pay button does nothing on the shop page. tried chrome and safari'
    ]
  }),
  standard({
    key: 'ecom-cancel-renewal',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Please cancel', 'Stop the automatic renewal', 'Membership renewed without notice'],
    says: [
      'My Premium Insights membership renewed for another year without any reminder. I do not want it anymore, please cancel it and refund the annual fee.',
      "How do I stop the yearly renewal on the newsletter I subscribed to through your website? I can't find the option anywhere in my profile.",
      'I signed up for the free trial of your research service and forgot to cancel. Can I still get my money back? It was charged this morning.'
    ],
    chat: [
      'how do i cancel my premium membership? it just renewed',
      'want to cancel the newsletter thing i pay for monthly'
    ],
    spoken: [
      "Hi, I'm calling because I got an email that my membership renewed, the premium one, and I don't want it. Can you cancel it and give me the money back?"
    ]
  }),
  standard({
    key: 'ecom-order-not-arrived',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Where is my book?', 'Order #88341 not received', 'Still waiting for delivery'],
    says: [
      'I ordered the printed edition of "Investing for Beginners" from your online store three weeks ago and it still has not arrived. The tracking link does not work.',
      'Order 88341, placed on the 2nd. The confirmation said 5 working days. Nothing yet. Can you check with the courier?',
      "My parcel from your shop shows delivered but there's nothing at my door. It was a gift for my son."
    ],
    chat: [
      'ordered the printed book 3 weeks ago, still nothing',
      'my package says delivered but it isnt here'
    ]
  }),
  standard({
    key: 'ecom-promo-code',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Discount not applied', 'voucher code', 'The 20% offer'],
    says: [
      'The code SPRING20 from your newsletter says "invalid" at the till. It is supposed to be valid until the end of the month.',
      'I bought the webinar series with the new-customer discount but I was charged the full price. Can you refund the difference?'
    ],
    chat: ['the discount code from your email doesnt work', 'spring20 says invalid??']
  }),
  standard({
    key: 'ecom-download-link',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Download link expired', 'Bought e-book, cannot open'],
    says: [
      'I paid for the Dividend Handbook PDF and the download link in the email says it has expired. I never managed to download it.',
      'The file I bought from your website will not open on my Kindle. Is there another format?'
    ],
    chat: ['link to download the ebook i bought is expired']
  }),
  standard({
    key: 'ecom-invoice',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Invoice needed', 'VAT receipt for my company', 'Receipt please'],
    says: [
      'Could you send me a proper invoice with our company name and address for the annual research subscription? Accounts need it to reimburse me.',
      'I need a receipt for the online course I bought in March for my tax return. The order confirmation email is not enough apparently.'
    ],
    chat: ['can i get an invoice for my subscription with my company name on it']
  }),
  standard({
    key: 'ecom-site-account',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Cannot change card on file', 'Update payment details'],
    says: [
      'My card expired and the website will not let me add the new one, so my subscription payment failed. I do not want to lose access to the reports.',
      'How do I switch the payment for my membership from my card to PayPal? The settings page on the shop only shows the old card.'
    ],
    chat: ['need to update my card for the subscription, site wont let me']
  }),
  standard({
    key: 'ecom-webinar-access',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Paid for webinar but no link', 'Webinar tonight - no access'],
    says: [
      "I registered and paid for tonight's live session on bond markets but never received the joining link. It starts in two hours!",
      'Bought the recorded webinar pack last week and the videos say "purchase required" when I click them.'
    ],
    chat: [
      'paid for the webinar tonight but no link yet',
      'the videos i bought say purchase required'
    ]
  }),
  hnw({
    key: 'ecom-hnw-research-billing',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Research subscription billing', 'Charge on my Amex'],
    says: [
      'There is a charge from your online store on my Amex for a research package I believe should be included in my private client service. Could someone look into it and refund it if so?',
      'I ordered two copies of the annual outlook book through the website for my family office and received one. Please send the second.'
    ],
    chat: [
      'was charged for the research pack on the website, I thought private clients get it free?'
    ],
    spoken: [
      "Good morning. I noticed a charge on my card from your website, the research subscription. I'd assumed that's part of my private client package. Can you sort that out?"
    ]
  })
];

// ---------------------------------------------------------------- financial advising
const ADVISING: Situation[] = [
  standard({
    key: 'adv-retirement-plan',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Planning to stop working in 5 years', 'Retirement question', 'Need some guidance'],
    says: [
      'My wife and I would like to stop working in about five years. Can someone sit down with us and work out whether our savings are enough and what we should change?',
      'I am 58 and have no idea if I am on track to retire at 63. I would like to talk to one of your planners about it.',
      "We've just had our second child and want to put together a proper plan: retirement, the kids' education, a bit of a safety net. Where do we start?"
    ],
    chat: [
      'would like to speak to someone about planning for retirement',
      'can i book time with a planner? want to know if i can stop working at 60'
    ],
    spoken: [
      "Hi there, um, so my husband and I are thinking about retiring in a few years and we'd like to talk to somebody about whether we've saved enough. Is that something you do?"
    ]
  }),
  standard({
    key: 'adv-fees-question',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['What am I paying for?', 'Question about charges', 'Advice fee'],
    says: [
      'I was charged $450 for "advice services" this quarter. What exactly does that cover and how is it calculated?',
      'Before I agree to the ongoing advice service, can you explain what it costs per year in dollars, not percentages?'
    ],
    chat: [
      'what is the advice fee on my account for?',
      'how much does ongoing advice cost per year'
    ]
  }),
  standard({
    key: 'adv-college',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Saving for university', '529 or something else?'],
    says: [
      'Our daughter starts university in 8 years. Should we use a 529 plan or just invest in our normal account? Looking for advice on the best way.',
      "What is the smartest way to save for my grandchildren's education? I would like to speak with someone who knows the tax side."
    ],
    chat: ['whats better for my kids uni fund, 529 or regular account?']
  }),
  standard({
    key: 'adv-inheritance',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Inherited money - what now', 'Advice after my father passed'],
    says: [
      'My father passed away in the spring and I will receive about $300,000 from his estate. I have never had that much money and would like professional guidance on what to do with it.',
      "I am the executor of my mother's will and I am not sure how to handle her accounts with you or what is best for me and my sister. Who can help?"
    ],
    spoken: [
      "Hello, yes, my mother died recently and I'm going to be getting some money from her, and honestly I don't know what to do with it. I'd like to speak to an adviser."
    ]
  }),
  standard({
    key: 'adv-book-review',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Annual check-in', 'Meeting request', 'Can we meet in May?'],
    says: [
      'It has been over a year since my last review. Can I book a meeting in May, preferably on a Friday afternoon?',
      'I would like to arrange my yearly review with whoever looks after my plan now. Video call is fine.'
    ],
    chat: ['can i book my yearly review', 'I want to set up a meeting w/ an advisor next week']
  }),
  standard({
    key: 'adv-insurance',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Life cover', 'Do I need more insurance?'],
    says: [
      'We just bought a house and I wonder whether my life cover is enough now. Do your advisers look at insurance as well?',
      'Is long-term care insurance worth it at 55? I would like an honest opinion from someone at your firm.'
    ],
    chat: ['do your advisers help with life insurance too?']
  }),
  standard({
    key: 'adv-tax',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Roth conversion', 'Tax question before year end'],
    says: [
      'Should I convert part of my traditional IRA to a Roth this year while my income is low? I would like advice before December.',
      'I sold my business last year and I expect a big tax bill. Can someone help me think through how to handle it?'
    ]
  }),
  standard({
    key: 'adv-second-opinion',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Looking for a second opinion', 'Pension offer from my employer'],
    says: [
      'My employer offers me a lump sum instead of my monthly pension. I do not know which one to take and would like an expert view.',
      'Another firm suggested I move everything into annuities. Before I do anything I would like someone independent to look at it.'
    ],
    spoken: [
      "Hi, so my work is offering me either a lump sum or the monthly pension and I have to decide by the end of the month. I'd like someone to go through it with me."
    ]
  }),
  hnw({
    key: 'adv-hnw-estate',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Estate matters', 'Trust for the grandchildren', 'Question for {first}'],
    says: [
      'Dear {first}, we would like to set up a trust for our three grandchildren and also revisit our wills. Could we find a time next month?',
      'Hello {first}, my accountant suggests gifting part of the portfolio to the children this year. Could you advise on how to do that sensibly?',
      'We are thinking about a charitable foundation. I would appreciate your thoughts before we speak to lawyers.'
    ],
    chat: ['Hi {first}, do you have time this week to talk about the trust for the grandkids?'],
    spoken: [
      "Hello, it's about my estate planning, I'd like to talk to {first} about setting up a trust for the grandchildren."
    ]
  }),
  hnw({
    key: 'adv-hnw-retire',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Selling the company', 'Planning after the sale'],
    says: [
      'The sale of my company should close in June. I would like to plan how we live off the proceeds and what we keep for the children.',
      'I am stepping down as CEO next year. Can we review the income plan and what that means for our lifestyle spending?'
    ],
    chat: ['need to plan what happens after the company sale in june, can we talk?']
  })
];

// ---------------------------------------------------------------- AI Portfolios
const AI: Situation[] = [
  standard({
    key: 'ai-why-sold',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: [
      'Why did my portfolio sell everything?',
      'Automatic trades yesterday',
      'AI portfolio moves'
    ],
    says: [
      'My AI Portfolio sold most of its tech funds yesterday without me doing anything. I understand it rebalances itself but why such a big change?',
      'I got a notification that my managed portfolio was adjusted to match my risk level. I did not change anything. What happened?',
      "The robo thing moved half my money into bonds overnight. I didn't ask for that. Can someone explain the logic?"
    ],
    chat: [
      'why did my ai portfolio sell my tech funds?',
      'robo moved my money into bonds overnight, why'
    ],
    spoken: [
      'Hi, I have one of your AI portfolios, and it, um, it sold a lot of stuff yesterday on its own. I know it does that but I want to understand why.'
    ]
  }),
  standard({
    key: 'ai-risk-profile',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['Change my risk setting', 'Questionnaire results seem wrong'],
    says: [
      'I filled in the investing questionnaire again and it still puts me in "conservative". I am 30 and want more growth. How do I change it?',
      'How do I make my AI Portfolio more aggressive? I cannot find the setting in the app since the redesign.'
    ],
    chat: [
      'how do i make my ai portfolio more aggressive',
      'questionnaire put me in conservative, i want growth'
    ]
  }),
  standard({
    key: 'ai-goals',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['House deposit goal', 'Goal settings'],
    says: [
      'I set up a goal for a house deposit in my AI Portfolio. Now we want to buy two years earlier. Will it adjust itself if I change the date?',
      'Can I have two separate goals (holiday money and retirement) inside the automated investing service, or do I need two accounts?'
    ],
    chat: ['can i have two goals in the ai portfolio or do i need 2 accounts']
  }),
  standard({
    key: 'ai-recurring-deposit',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['Monthly top-up not invested', 'Auto deposit'],
    says: [
      'My monthly $500 into the AI Portfolio arrived on the 1st but it is still sitting as cash a week later. Normally it gets invested within two days.',
      'I want to pause the automatic monthly contribution to my AI Portfolio for three months. How?'
    ],
    chat: [
      'my monthly top up to the ai portfolio is still sitting in cash',
      'how do i pause monthly deposits to the ai portfolio'
    ]
  }),
  standard({
    key: 'ai-tax-harvest',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['Tax harvesting feature', 'Losses sold by the algorithm'],
    says: [
      'Does the AI Portfolio do tax-loss harvesting automatically, or do I have to turn it on? I saw some funds sold at a loss and swapped.',
      'The algorithm swapped my S&P fund for a similar one. My accountant asks whether that was for tax reasons.'
    ]
  }),
  standard({
    key: 'ai-ethical',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['Sustainable option', 'Exclude oil companies'],
    says: [
      'Can I switch my AI Portfolio to the sustainable version? I do not want oil and weapons companies in it.',
      'Is there an ESG setting for the robo portfolios, and would switching create a tax bill?'
    ],
    chat: ['can my ai portfolio exclude oil and tobacco?']
  }),
  standard({
    key: 'ai-performance',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['AI Portfolio down 8%', 'Disappointing results'],
    says: [
      'My AI Portfolio is down 8% this year while the market is up. Is the algorithm broken? I would like someone to look at it.',
      "Why does my friend's AI Portfolio show much better returns than mine when we picked the same risk level?"
    ],
    chat: ['my ai portfolio is down 8% while market is up, is something wrong?'],
    spoken: [
      "Hi, so I'm looking at my AI portfolio and it's down like eight percent this year and everything else is up. Is it, is it working properly?"
    ]
  }),
  standard({
    key: 'ai-open',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['Opening an AI Portfolio for my son', 'Minimum amount?'],
    says: [
      'What is the minimum to start an AI Portfolio, and can I open one for my 17 year old son?',
      'I want to move my savings from the bank into one of your AI Portfolios. Is there a fee and how long does it take to get invested?'
    ],
    chat: ['whats the minimum for an ai portfolio?', 'can i open a robo portfolio for my teenager']
  }),
  hnw({
    key: 'ai-hnw',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['AI Portfolio for the children', 'Question about the automated portfolio'],
    says: [
      'Hi {first}, I would like to put $50,000 into an AI Portfolio for each of my two grandchildren. Can you set that up for me?',
      '{first}, the AI sleeve of my account rebalanced twice this month. Is that expected, and does it affect the rest of my portfolio?'
    ],
    chat: ['Hi, can the AI portfolio in my account be switched to the sustainable version?'],
    spoken: [
      "Hello, this is about the AI portfolio part of my account, it's been rebalancing a lot and I'd like {first} to look at it."
    ]
  })
];

// ---------------------------------------------------------------- trading platform
const TRADING: Situation[] = [
  standard({
    key: 'trade-app-crash',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['App keeps closing', 'Trading app crash since update', 'Cannot open the app'],
    says: [
      'Since the latest update your trading app closes as soon as I open the portfolio screen. iPhone 13, iOS 17. Reinstalled twice.',
      'The app freezes every time I try to place a trade. It worked fine last week. Android, Samsung S22.',
      "The desktop trading platform won't start since this morning, it just shows a white window. Market opens in 30 minutes, please help."
    ],
    chat: [
      'app crashes every time i open it since the update',
      'trading platform stuck on white screen',
      'the app froze in the middle of placing an order, did it go through??'
    ],
    spoken: [
      "Yeah hi, your app keeps crashing on me. I open it, I go to, uh, to buy something and it just closes. I've deleted it and put it back, same thing."
    ]
  }),
  standard({
    key: 'trade-login',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Locked out', 'Verification code never arrives', 'Cannot sign in'],
    says: [
      'I cannot get into my trading account. The text message with the code never arrives and after three tries it locked me out.',
      'I changed my phone and now the authenticator app does not have my account. How do I get back in?',
      'Password reset email never comes. I have checked spam. I need to sell something today.'
    ],
    chat: [
      'cant log in, the sms code never comes',
      'locked out of my account after new phone',
      'pw reset email not arriving'
    ],
    spoken: [
      "Hi, I can't get into my account. It keeps saying it sent me a code but I'm not getting anything on my phone."
    ]
  }),
  standard({
    key: 'trade-order-not-filled',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Order did not execute', 'Limit order ignored?', "Why wasn't my order filled"],
    says: [
      'I put in a limit order to buy 50 Apple at $170 and the price went down to $168 yesterday but my order was never filled. Why?',
      'My sell order from this morning still says "pending" although the stock has traded all day. Is something stuck?',
      'I placed a stop loss on my Tesla shares and it sold way below the price I set. How is that possible?'
    ],
    chat: [
      'my limit order never filled even though price went below it',
      'sell order stuck on pending since 9am'
    ],
    spoken: [
      "Hello, I placed an order this morning to sell some shares and it still says pending. The market's been open for hours, what's going on?"
    ]
  }),
  standard({
    key: 'trade-prices',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Prices not updating', 'Charts broken'],
    says: [
      "The prices on the platform are frozen from yesterday's close. Is there an outage?",
      'Candle charts show nothing but a flat line since Monday, on both the web version and the app.'
    ],
    chat: ['quotes not updating on the platform', 'charts are blank on web and app']
  }),
  standard({
    key: 'trade-options-margin',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Options approval', 'Margin account application'],
    says: [
      'I applied for options level 2 two weeks ago and have heard nothing. How long does approval take?',
      'How do I turn my cash account into a margin account on the platform? I cannot find the form.'
    ],
    chat: ['how long for options approval?', 'how do i upgrade to margin']
  }),
  standard({
    key: 'trade-fractional',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Buying part of a share', 'Fractional shares'],
    says: [
      'Can I buy a fraction of a share of Amazon on your platform? The buy screen only lets me enter whole numbers.',
      'I want to buy $100 worth of an ETF instead of a number of shares. Is that possible in the app?'
    ],
    chat: ['can i buy half a share?', 'can i buy stocks by dollar amount in the app']
  }),
  standard({
    key: 'trade-alerts',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Notifications stopped'],
    says: [
      'I have set price alerts on five stocks and none of them triggered, even though two of them hit the price. Notifications are on.',
      'The watch list I built is empty after logging in from a new computer.'
    ],
    chat: ['my price alerts dont go off anymore', 'watchlist disappeared']
  }),
  standard({
    key: 'trade-api',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['API key rejected', 'Developer access'],
    says: [
      'My API key returns 401 errors since Friday. Did you change the authentication?',
      'Is there a sandbox for the trading API? I want to test my script before it sends real orders.'
    ]
  }),
  hnw({
    key: 'trade-hnw',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['Platform access', 'Trading app problem', 'Order this morning'],
    says: [
      '{first}, I cannot log into the trading platform since yesterday and I would like to place a large order before the close. Can someone help urgently?',
      'The app shows my order to buy 2,000 shares of Microsoft as partly done. What happens to the rest?',
      'Hello, the new app update lost all my watchlists. Could someone from your side look at it?'
    ],
    chat: [
      'cannot log into the trading platform, need to place an order before close',
      'app shows my order as partially filled, what now?'
    ],
    spoken: [
      "Hi, I'm having trouble with the trading app, it won't let me log in and I need to get an order in today."
    ]
  })
];

// ---------------------------------------------------------------- investment portfolio
const PORTFOLIO: Situation[] = [
  standard({
    key: 'port-statement',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Missing statement', 'Quarterly report', 'Documents for my accountant'],
    says: [
      'I did not receive my statement for the last quarter. Could you email it to me please?',
      'My accountant needs my 1099 and a full year of statements by Friday. Where can I download them?',
      'The value on my latest statement does not match what I see online. Which one is right?'
    ],
    chat: ['where do i find my tax forms?', 'didnt get my quarterly statement'],
    spoken: [
      "Hi, I'm calling because I never got my statement for the last quarter and I need it for my taxes."
    ]
  }),
  standard({
    key: 'port-withdraw',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Taking money out', 'Withdrawal request', 'Need cash for house purchase'],
    says: [
      'I need $20,000 from my account for a house deposit by the 15th. What is the fastest way to get it to my bank?',
      'How long does it take to get money out of my investment account? I asked for a withdrawal on Monday and nothing has arrived.'
    ],
    chat: ['how long does a withdrawal take?', 'i need to take 20k out for a house deposit'],
    spoken: [
      'Hi, I need to take some money out of my account, about twenty thousand, for a house. How quickly can I get it?'
    ]
  }),
  standard({
    key: 'port-transfer-in',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Moving my account to you', 'Transfer from another broker'],
    says: [
      'I started moving my old brokerage account to you four weeks ago and only half the holdings have arrived. What is going on?',
      'I want to bring my old 401(k) from my previous employer over to you. What do I need to send?'
    ],
    chat: ['transfer from my old broker only half arrived', 'how do i move my old 401k to you']
  }),
  standard({
    key: 'port-dividends',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Dividends', 'Reinvest income'],
    says: [
      'Are the dividends from my funds paid out or reinvested? I would prefer them to be paid into my bank every quarter.',
      'I was expecting a dividend from my bond fund this month and I cannot see it in the account.'
    ],
    chat: ['are my dividends reinvested or paid out?']
  }),
  standard({
    key: 'port-performance',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['How is my account doing?', 'Down this year'],
    says: [
      'My account is down 12% this year. Should I be worried or is this just the market? I would like to understand what I hold.',
      'Can you tell me how my investments have done since I opened the account in 2019, after fees?'
    ],
    chat: ['my account is down 12% this year, should i worry?']
  }),
  standard({
    key: 'port-cost-basis',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Cost basis wrong'],
    says: [
      'The purchase price shown for my index fund is wrong, it ignores the shares I transferred in. My tax form will be wrong too.',
      'How do you calculate the gain on the funds I sold in November? The number looks far too high.'
    ]
  }),
  hnw({
    key: 'port-hnw-rebalance',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Rebalancing before quarter end', 'Bonds', 'Portfolio review', 'Quick question'],
    says: [
      'Hi {first}, can we talk about rebalancing my portfolio before the quarter ends? I would like to reduce the bond allocation a little.',
      'Dear {manager}, following our lunch I have been thinking about taking some profit on the US equities. Could you send me a proposal?',
      '{first} - quick one: what is the current split between equities and fixed income across both accounts?',
      'Hello {first}, I would like to add another $500,000 to the portfolio next week. How do you suggest we invest it?'
    ],
    chat: [
      'Hi {first}, can we talk about rebalancing before quarter end?',
      'hi, i would like to add 500k to my portfolio next week'
    ],
    spoken: [
      "Hi, it's about my portfolio, I'd like to talk to {first} about moving some money out of bonds.",
      "Good afternoon, could you put me through to {first}? It's about adding money to my account."
    ]
  }),
  hnw({
    key: 'port-hnw-documents',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Tax pack', 'Statements for my accountant'],
    says: [
      'Good morning {first}, my accountant is asking for the consolidated tax pack and the realised gains report for last year. When can I expect them?',
      'Could you send me the valuation of the family trust account as of 31 December? The lawyers need it.'
    ],
    chat: ['Could you send me the valuation of my accounts as of 31 December?']
  }),
  hnw({
    key: 'port-hnw-thanks',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Thank you', 'Great meeting'],
    says: [
      'Thank you {first} for a really helpful meeting on Tuesday. As discussed, please go ahead with selling the Japanese fund and moving the proceeds into the global bond fund.',
      '{first}, many thanks for your patience with all my questions. I am happy with the proposal, please proceed with the new allocation.'
    ],
    chat: ['Thanks for the meeting {first}, please go ahead with the new allocation']
  })
];

// ---------------------------------------------------------------- no topic (triage)
const NONE: Situation[] = [
  standard({
    key: 'none-address',
    topic: null,
    issueType: 'technical',
    subjects: ['New address', 'Change of details', 'I moved'],
    says: [
      'We moved last month. Please update my address to 14 Birch Lane, Springfield, IL 62704.',
      'Could you change the phone number you have for me? The new one is 555-0199.',
      'I got married and my surname is now Patel. What do you need from me to change it?'
    ],
    chat: ['i need to update my address', 'how do i change my surname after getting married'],
    spoken: ['Hi, I just need to change my address, we moved.']
  }),
  standard({
    key: 'none-callback',
    topic: null,
    issueType: 'technical',
    subjects: ['Please call me', 'Call back request', '(no subject)'],
    says: [
      'Please call me back on 555-0134 when you have a moment.',
      'Someone called me from this number and left no message. Who was it?',
      'Hello, who should I talk to? I am not sure which department I need.'
    ],
    chat: ['hello?', 'can someone call me back', 'hi i have a question'],
    spoken: [
      "Yeah, hi, I got a missed call from you guys and no message, I don't know what it was about."
    ]
  }),
  standard({
    key: 'none-bereavement',
    topic: null,
    issueType: 'technical',
    subjects: ['My husband passed away', 'Notification of death'],
    says: [
      'My husband John passed away on the 3rd of this month. He had an account with you. Please tell me what documents you need from me.',
      'I am writing to let you know that my father has died. I am his daughter and the executor. What happens now?'
    ],
    spoken: [
      "Hello, um, my husband passed away last week and he had an account with you. I don't know what I need to do."
    ]
  }),
  standard({
    key: 'none-misc',
    topic: null,
    issueType: 'technical',
    subjects: ['Partnership proposal', 'Job application', 'Letter received'],
    says: [
      'We are a marketing agency specialising in financial services and would love to show you our work. Who is the right person to contact?',
      'I would like to apply for the graduate programme. Is it still open?',
      'I received a letter from you with a reference number but no explanation. Can you tell me what it is about?'
    ],
    chat: ['i received a letter with a reference number, what is it about?']
  }),
  standard({
    key: 'none-fraud-email',
    topic: null,
    issueType: 'technical',
    subjects: ['Is this email really from you?', 'Suspicious message'],
    says: [
      'I received an email that looks like it is from your firm asking me to confirm my bank details through a link. Is this genuine? I have not clicked anything.',
      'Someone phoned pretending to be from your company and asked for my date of birth. I hung up. Just letting you know.'
    ],
    chat: ['got a weird email claiming to be you asking for bank details, is it real?']
  }),
  hnw({
    key: 'none-hnw-admin',
    topic: null,
    issueType: 'technical',
    subjects: ['Change of address', 'New assistant'],
    says: [
      'Please note our new address from 1 March: 200 Park Avenue, Suite 1400, New York.',
      'My new personal assistant is Claire Dumont. Please add her as a contact for scheduling purposes only.'
    ],
    chat: ['please update my address from 1 March']
  })
];

// ---------------------------------------------------------------- staff concerns, sub-$1M (team by topic)
const STANDARD_STAFF: Situation[] = [
  standard({
    key: 'staff-std-advisor-pushy',
    topic: 'financial_advising',
    issueType: 'staff',
    subjects: ['Very unhappy with my last meeting', 'Complaint', 'Pressure to buy'],
    says: [
      'The advisor I met on Tuesday kept pushing an annuity I clearly said I did not want. I felt pressured and it was not a pleasant experience. I want this on record.',
      'I want to make a formal complaint about the planner who did my retirement review. She was dismissive and talked down to me the whole time.',
      'Your adviser recommended I move my pension into a product with huge fees and never mentioned them. I only found out from my daughter.'
    ],
    chat: ['the adviser i met yesterday was really pushy about an annuity, not ok'],
    spoken: [
      "I want to complain about the advisor I saw last week. He was really pushy, kept trying to sell me insurance I don't need, and he wouldn't listen."
    ]
  }),
  standard({
    key: 'staff-std-trading-rep',
    topic: 'trading_platform',
    issueType: 'staff',
    subjects: ['Your support person hung up on me', 'Rude phone agent'],
    says: [
      'I called about my locked trading account and the man on the phone was rude and hung up on me when I asked for his name.',
      'The chat agent who helped with my stuck sell order today was sarcastic and unhelpful. I expect better.'
    ],
    chat: ['the guy i chatted with about my trading account was rude and just left the chat'],
    spoken: [
      'Yes, I called yesterday about my app login and the person I spoke to was really rude, he basically hung up on me.'
    ]
  }),
  standard({
    key: 'staff-std-ai-expert',
    topic: 'ai_portfolios',
    issueType: 'staff',
    subjects: ['Poor service from your AI Portfolio team'],
    says: [
      'I asked your AI Portfolio specialist three times why my portfolio changed and each time she promised to call back and never did. This is not good enough.',
      'The person who answered about my robo portfolio told me it was my own fault for picking the wrong risk level. Very condescending.'
    ],
    chat: ['your ai portfolio person promised to call back 3 times and never did']
  }),
  standard({
    key: 'staff-std-ecom-agent',
    topic: 'ecommerce_platform',
    issueType: 'staff',
    subjects: ['Terrible customer service about my refund'],
    says: [
      'I have asked for my subscription refund four times. The last agent told me to stop emailing. That is unacceptable.',
      'The woman I spoke to about my missing book order was incredibly rude and refused to give me a refund.'
    ],
    chat: ['the agent who handled my refund was rude and refused to help']
  }),
  standard({
    key: 'staff-std-reception',
    topic: null,
    issueType: 'staff',
    subjects: ['How I was treated on the phone', 'Complaint about reception'],
    says: [
      'I called your main number this morning and the receptionist was rude and cut me off. I just wanted to know your opening hours.',
      'I visited your office to drop off documents and the man at the front desk was dismissive and made me wait 40 minutes for nothing.'
    ],
    spoken: [
      'Yes, I want to complain about how I was treated when I called earlier. The lady who answered was really rude to me.'
    ]
  })
];

// ---------------------------------------------------------------- HNW: concerns about the account manager
const HNW_MANAGER_COMPLAINTS: Situation[] = [
  hnw({
    key: 'staff-hnw-unauthorised',
    topic: 'investment_portfolio',
    issueType: 'staff',
    aboutAccountManager: true,
    subjects: [
      'Trades I did not approve',
      'Complaint about my account manager',
      'Urgent - sales in my account'
    ],
    says: [
      '{first} sold a large part of my shares without asking me first. I am very unhappy with how my account is being handled and I want to speak to someone else about it.',
      'I have just seen that my account manager bought $200,000 of a fund I have never heard of. I did not agree to this. Who is responsible for overseeing {first}?',
      'For the second time this year trades were made in my portfolio that nobody discussed with me. I no longer trust {first} to manage my money.'
    ],
    chat: ['{first} sold my shares without asking me. i want to talk to someone above {him}'],
    spoken: [
      "I'm calling because {first} made trades in my account that I never agreed to, and I'm not happy about it. I want to speak to somebody more senior."
    ]
  }),
  hnw({
    key: 'staff-hnw-unreachable',
    topic: null,
    issueType: 'staff',
    aboutAccountManager: true,
    subjects: [
      'Three weeks without an answer',
      'Nobody calls me back',
      'Is {first} still working for you?'
    ],
    says: [
      'I have left {first} four messages in three weeks and have not had a single reply. For what I pay you this is not acceptable.',
      'My account manager never calls me back. I have tried email and phone. I would like a different person looking after my family.',
      'Is {manager} still with the firm? I have been trying to reach {him} for weeks and get nothing.'
    ],
    chat: ['been trying to reach {first} for weeks, no reply at all. who else can i talk to?'],
    spoken: [
      "Hi, I've been trying to get hold of {first} for about three weeks now. I leave messages, nothing. I'd like someone else to deal with my account."
    ]
  }),
  hnw({
    key: 'staff-hnw-fees',
    topic: 'financial_advising',
    issueType: 'staff',
    aboutAccountManager: true,
    subjects: ['Fees I was never told about', 'Concern'],
    says: [
      '{first} put me into a structured product and did not mention the 3% entry fee. I only saw it on the statement. I feel misled.',
      'When I asked {first} about the charges on my account {he} was evasive and frankly rude. I want someone else to explain them, and I want a different manager.'
    ],
    chat: ['my manager never told me about the 3% fee on the product {he} sold me. feel misled'],
    spoken: [
      'I want to raise a concern about {first}. {He} sold me something with fees he never told me about.'
    ]
  }),
  hnw({
    key: 'staff-hnw-conduct',
    topic: null,
    issueType: 'staff',
    aboutAccountManager: true,
    subjects: ['Our meeting yesterday', 'Conduct of {manager}', 'Private and confidential'],
    says: [
      'I was shocked by the way {first} spoke to my wife during our meeting yesterday. {He} was condescending and interrupted her constantly. I would like to discuss this with {his} superior.',
      '{first} missed our meeting again today without any notice. That is the third time. I would like to be assigned someone else.',
      'I am writing about {manager}. {He} has been pressing me to move my pension into products I do not understand, and I am not comfortable continuing with {him}.'
    ],
    chat: ['{first} missed our meeting again, 3rd time. i want a new account manager'],
    spoken: [
      "I'd like to speak to whoever is in charge of the account managers. {first} was really condescending to my wife in our last meeting."
    ]
  }),
  hnw({
    key: 'staff-hnw-unnamed',
    topic: 'investment_portfolio',
    issueType: 'staff',
    aboutAccountManager: true,
    subjects: ['Not happy', 'Complaint', 'Disappointed'],
    says: [
      'I am not happy with the person looking after my portfolio. Returns are poor, {he} is hard to get hold of and when I do reach {him} {he} has no answers.',
      'My relationship manager has ignored my instructions to reduce risk twice now. I would like to escalate this.'
    ],
    chat: ['my relationship manager ignored my instructions to reduce risk. escalate please'],
    spoken: [
      'I need to make a complaint about my account manager. {He} ignored what I asked {him} to do with my portfolio.'
    ]
  })
];

// ---------------------------------------------------------------- HNW: concerns about someone else
const HNW_OTHER_COMPLAINTS: Situation[] = [
  hnw({
    key: 'staff-hnw-other',
    topic: null,
    issueType: 'staff',
    aboutAccountManager: false,
    subjects: ['Treatment on the phone today', 'Your call centre'],
    says: [
      'I want to make you aware that the receptionist who answered my call this morning was extremely rude. {first} has always been excellent, so this was a surprise.',
      'The person at your call centre refused to put me through to my account manager and lectured me about security. Unacceptable for a private client.'
    ],
    spoken: [
      "Yes, hi, the person who answered the phone just now was really rude to me and wouldn't put me through."
    ]
  }),
  hnw({
    key: 'staff-hnw-trading-desk',
    topic: 'trading_platform',
    issueType: 'staff',
    aboutAccountManager: false,
    subjects: ['Your trading desk', 'Support on the app'],
    says: [
      'The support agent who dealt with my platform login problem was dismissive and kept me on hold for 45 minutes. {first} is not to blame, but someone should know.',
      'Somebody from your tech support told me my order problem was "not his department" and ended the chat. Very poor.'
    ],
    chat: ['the support agent for the app was rude and ended the chat on me']
  })
];

// ---------------------------------------------------------------- HNW: mentions that are not complaints
const HNW_MENTIONS: Situation[] = [
  hnw({
    key: 'mention-hnw-away',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['{first} is away - transfer question', 'Wire out'],
    says: [
      "{first} is on holiday this week and I need to move $80,000 to my daughter's account before Friday. Who can help me in the meantime?",
      'I was told {first} is out of the office. I only need confirmation that the transfer to my other bank went through yesterday.'
    ],
    chat: ['{first} is away, who can confirm my transfer went through yesterday?'],
    spoken: [
      'Hi, I know {first} is away this week, but I need to check on a transfer out of my account.'
    ]
  }),
  hnw({
    key: 'mention-hnw-praise',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['App problem ({first} suggested I write)', 'Login trouble'],
    says: [
      '{first} has been wonderful as always, {he} suggested I contact you about the app. It logs me out every few minutes on my iPad.',
      'My account manager asked me to report this: the trading app will not show my second account since the update.'
    ],
    chat: ['{first} told me to contact you, the app keeps logging me out'],
    spoken: ['Hello, {first} said I should call you about the app, it keeps logging me out.']
  }),
  hnw({
    key: 'mention-hnw-meeting',
    topic: 'financial_advising',
    issueType: 'technical',
    subjects: ['Meeting with {first}', 'Rescheduling'],
    says: [
      "I need to move my meeting with {first} on Thursday to the following week. We want to talk about the children's trust.",
      'Please ask {first} to call me about the pension plan we discussed. Any afternoon this week works.'
    ],
    chat: ['can i move my meeting with {first} to next week?']
  })
];

export const SITUATIONS: readonly Situation[] = [
  ...ECOMMERCE,
  ...ADVISING,
  ...AI,
  ...TRADING,
  ...PORTFOLIO,
  ...NONE,
  ...STANDARD_STAFF,
  ...HNW_MANAGER_COMPLAINTS,
  ...HNW_OTHER_COMPLAINTS,
  ...HNW_MENTIONS
];

/**
 * Multi-topic messages: a main request (the truth) and something said in passing.
 * Written whole, because the way people tack on a second topic is part of what is tested.
 */
export const MULTI_TOPIC: readonly Situation[] = [
  standard({
    key: 'multi-app-and-statement',
    topic: 'trading_platform',
    issueType: 'technical',
    subjects: ['App login (and a statement question)'],
    says: [
      "I cannot log into the app since Sunday, it keeps asking for a code I never get. Once I am in I also want to check last month's statement, but the login is the urgent part."
    ],
    chat: ['cant log into the app, code never arrives. also where are statements once im in?']
  }),
  standard({
    key: 'multi-refund-and-advice',
    topic: 'ecommerce_platform',
    issueType: 'technical',
    subjects: ['Refund for the course'],
    says: [
      'I bought the online retirement course by mistake, I meant to book a planning session instead. Please refund the course. I will book the session separately.'
    ]
  }),
  standard({
    key: 'multi-ai-and-fees',
    topic: 'ai_portfolios',
    issueType: 'technical',
    subjects: ['AI portfolio rebalance + fees'],
    says: [
      'Why did my AI Portfolio rebalance three times in January? And while I am here, is the 0.25% fee charged on the cash part as well?'
    ],
    chat: ['why did my ai portfolio rebalance 3 times in january? also is the fee charged on cash']
  }),
  standard({
    key: 'multi-withdraw-and-app',
    topic: 'investment_portfolio',
    issueType: 'technical',
    subjects: ['Withdrawal'],
    says: [
      'I need to withdraw $5,000 from my investment account this week. I tried in the app but could not find the option, so could you do it for me or tell me how?'
    ]
  }),
  hnw({
    key: 'multi-hnw-complaint-and-rebalance',
    topic: 'investment_portfolio',
    issueType: 'staff',
    aboutAccountManager: true,
    subjects: ['Rebalancing, and a concern'],
    says: [
      'I asked {first} in January to rebalance towards bonds and {he} simply did not do it, despite saying {he} would. I have lost money because of it. I want someone senior to review the account and deal with the rebalancing.'
    ]
  })
];
