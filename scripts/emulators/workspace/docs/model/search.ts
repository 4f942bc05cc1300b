// Pattern matching as Docs does it.
//
// DocumentApp findText/replaceText take "the regex pattern to search for" as a string and match
// it with Google's RE2 ("This methods uses Google's RE2 regular expression library, which limits
// the supported syntax"), independently against each text block of the element:
// https://developers.google.com/apps-script/reference/document/body#replaceText(String,String)
// RE2 syntax (https://github.com/google/re2/wiki/Syntax) has no lookahead, lookbehind or
// backreferences; re2js is a faithful port of it that rejects them the same way.
//
// The Docs API replaceAllText matches `containsText.text` literally, case-insensitively unless
// matchCase is true: https://developers.google.com/docs/api/reference/rest/v1/documents/request#SubstringMatchCriteria

import { RE2JS } from 're2js';

export interface Match {
  readonly start: number;
  readonly end: number;
}

/** A pattern RE2 refuses; `reason` is RE2's own parse error. */
export class PatternError extends Error {
  constructor(
    readonly pattern: string,
    readonly reason: string,
  ) {
    super(`Invalid RE2 pattern ${JSON.stringify(pattern)}: ${reason}`);
    this.name = 'PatternError';
  }
}

export type Matcher = (text: string) => Match[];

function matcherFor(regex: RE2JS): Matcher {
  return (text) => {
    const matches: Match[] = [];
    const matcher = regex.matcher(text);
    while (matcher.find()) {
      const start = matcher.start();
      const end = matcher.end();
      // An empty match changes nothing; skipping it keeps replaceText from inserting between every character.
      if (end > start) matches.push({ start, end });
    }
    return matches;
  };
}

export function re2Matcher(pattern: string, options: { caseInsensitive?: boolean } = {}): Matcher {
  try {
    return matcherFor(RE2JS.compile(pattern, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0));
  } catch (error) {
    throw new PatternError(pattern, error instanceof Error ? error.message : String(error));
  }
}

export function literalMatcher(text: string, matchCase: boolean): Matcher {
  return matcherFor(RE2JS.compile(RE2JS.quote(text), matchCase ? 0 : RE2JS.CASE_INSENSITIVE));
}
