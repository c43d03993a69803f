import {
  decodeEntities,
  htmlToText,
  prepareSubject,
  prepareText,
  stripReplyHistory,
  stripSubjectPrefixes,
  tokenize
} from '../../../scripts/routing/text';

describe('tokenize', () => {
  it('lower-cases, drops possessive s and apostrophes, and splits on everything else', () => {
    expect(tokenize("Daniel's 2FA code DIDN'T arrive — robo-advisor!")).toEqual([
      'daniel',
      '2fa',
      'code',
      'didnt',
      'arrive',
      'robo',
      'advisor'
    ]);
  });

  it('treats typographic apostrophes like plain ones', () => {
    expect(tokenize('I don\u2019t know')).toEqual(['i', 'dont', 'know']);
  });

  it('keeps a trailing wildcard only when asked (phrases, not text)', () => {
    expect(tokenize('rebalanc*', true)).toEqual(['rebalanc*']);
    expect(tokenize('rebalanc*')).toEqual(['rebalanc']);
  });
});

describe('HTML bodies', () => {
  it('given an HTML email, when converted, then tags, styles and comments go and line breaks stay', () => {
    const html =
      '<html><head><style>p{color:red}</style></head><body><!-- x --><p>Hello&nbsp;there</p><div>Line&amp;two<br/>three</div></body></html>';
    const text = htmlToText(html);
    expect(text).not.toMatch(/color|<|x -->/);
    expect(
      text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
    ).toEqual(['Hello there', 'Line&two', 'three']);
  });

  it('decodes numeric and named entities and leaves unknown ones', () => {
    expect(decodeEntities('&#39;a&#x27; &ldquo;b&rdquo; &bogus;')).toBe('\'a\' "b" &bogus;');
  });

  it('given unclosed comments, style blocks and tags, then it reads them as whole-text patterns would', () => {
    // htmlToText tries each pattern only up to its last close, so that crafted HTML costs linear
    // time (bench:triage prints the figures). The matches must be the ones the same patterns find
    // over the whole text: this reference applies them that way, on every mix of the fragments
    // a crafted email is made of.
    const reference = (html: string): string => {
      let text = html.replace(/<!--[\s\S]*?-->/g, ' ');
      for (const block of ['head', 'style', 'script']) {
        text = text.replace(
          new RegExp(`<${block}\\b[^<>]*>[\\s\\S]*?<\\/${block}\\s*>`, 'gi'),
          ' '
        );
      }
      text = text.replace(/<blockquote\b[^>]*>/gi, '\n[[quoted]]\n');
      text = text.replace(/<br\s*\/?>/gi, '\n');
      text = text.replace(/<\/?(p|div|li|tr|table|h[1-6]|ul|ol)\b[^>]*>/gi, '\n');
      return decodeEntities(text.replace(/<[^>]*>/g, ' '));
    };
    const fragments = [
      '<!--',
      '-->',
      '<style>',
      '</style>',
      '<SCRIPT a=1>',
      '</script >',
      '<head>',
      '</head>',
      '<a',
      '<style ',
      '<script a="<" ',
      '<p>',
      '</p',
      '>',
      '<br',
      '<blockquote',
      'word ',
      '&amp;',
      '<',
      '-'
    ];
    let seed = 7;
    const next = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 3000; i++) {
      const length = 1 + next(12);
      const html = Array.from({ length }, () => fragments[next(fragments.length)]).join('');
      expect([html, htmlToText(html)]).toEqual([html, reference(html)]);
    }
  });

  it('given thousands of unclosed openings, then each is a tag up to the next close and the rest stays text', () => {
    const crafted = `<p>Please refund the checkout</p>${'<!--<style><a'.repeat(2000)}`;
    expect(htmlToText(crafted)).toBe(`\nPlease refund the checkout\n${' '.repeat(2000)}<a`);
    expect(htmlToText('<p>x</p><!-- a <!-- b')).toBe('\nx\n<!-- a <!-- b');
  });

  it('treats a blockquote as quoted history', () => {
    const sentences = prepareText(
      '<p>My AI portfolio did not invest my deposit today</p><blockquote>your checkout failed</blockquote>'
    );
    expect(sentences.flat()).not.toContain('checkout');
    expect(sentences.flat()).toContain('portfolio');
  });
});

describe('reply and forward handling', () => {
  it('strips any number of reply and forward prefixes from a subject', () => {
    expect(stripSubjectPrefixes('RE: Fwd: RE[2]: AW: checkout')).toBe('checkout');
    expect(stripSubjectPrefixes('Return of my order')).toBe('Return of my order');
  });

  it('drops the history below "On ... wrote:" and quoted lines', () => {
    const text =
      'Still locked out of the app.\n\nOn Mon, 2 Nov 2026 at 10:00, Support <s@x> wrote:\n> refund checkout';
    expect(stripReplyHistory(text)).toBe('Still locked out of the app.\n');
  });

  it('handles a Gmail header split over two lines', () => {
    const text =
      'Please call me about fees.\nOn Mon, 2 Nov 2026 at 10:00 Support <s@x>\nwrote:\nold text about checkout';
    expect(stripReplyHistory(text)).not.toContain('checkout');
  });

  it('drops an Outlook From/Sent history block', () => {
    const text =
      'Thanks, my login works now\n\nFrom: Support\nSent: Monday\nTo: me\nSubject: refund\n\nYour refund was sent.';
    expect(stripReplyHistory(text)).not.toContain('refund');
  });

  it('keeps forwarded content (the forwarded message is the request) and its subject', () => {
    const text =
      '---------- Forwarded message ---------\nFrom: Store <store@x>\nDate: Mon\nSubject: Your receipt\n\nYour card was declined.';
    const kept = stripReplyHistory(text);
    expect(kept).toContain('Your card was declined.');
    expect(kept).toContain('Your receipt');
    expect(kept).not.toContain('store@x');
  });

  it('keeps the history when almost nothing new was written above it', () => {
    const text = 'see below\n\nOn Mon, Helen wrote:\nDaniel never returned my calls';
    expect(stripReplyHistory(text)).toContain('Daniel never returned my calls');
  });

  it('drops "Sent from my iPhone"', () => {
    expect(prepareText('Sent from my iPhone')).toEqual([]);
  });
});

describe('prepareText and prepareSubject', () => {
  it('split text into tokenized sentences on punctuation and line breaks', () => {
    expect(prepareText('Hi Daniel. Can we talk?\nThanks; bye!')).toEqual([
      ['hi', 'daniel'],
      ['can', 'we', 'talk'],
      ['thanks'],
      ['bye']
    ]);
  });

  it('return nothing for empty, null or whitespace text', () => {
    expect(prepareText(null)).toEqual([]);
    expect(prepareText('')).toEqual([]);
    expect(prepareText('  \n  ')).toEqual([]);
    expect(prepareSubject('   ')).toEqual([]);
  });

  it('make a subject one sentence without its prefixes', () => {
    expect(prepareSubject('RE: Password reset. Not working')).toEqual([
      ['password', 'reset', 'not', 'working']
    ]);
  });
});
