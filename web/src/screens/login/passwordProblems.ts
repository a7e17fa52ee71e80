// The gateway's password checks (AuthController.checkChange and PasswordPolicy) answer field by
// field in English; the screen says them in Danish. A message not known here is shown as it came,
// so a new rule at the gateway is still visible at its field.

/** PasswordPolicy.MIN_LENGTH and MAX_LENGTH, checked here too so the form answers before a request. */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

const KNOWN: [RegExp, (match: RegExpMatchArray) => string][] = [
  [/^is not your current password$/, () => 'Den nuværende adgangskode er forkert.'],
  [/^this account signs in with Google/, () => 'Kontoen logger ind med Google og har ingen adgangskode her.'],
  [/^is required$/, () => 'Skal udfyldes.'],
  [/^must be at least (\d+) characters$/, (match) => `Mindst ${match[1]} tegn.`],
  [/^must be at most (\d+) characters$/, (match) => `Højst ${match[1]} tegn.`],
  [/^must not be the user name$/, () => 'Adgangskoden må ikke være dit brugernavn.'],
  [/^is a commonly used password$/, () => 'Den adgangskode er for almindelig. Vælg en anden.'],
  [/^must differ from the current password$/, () => 'Den nye adgangskode skal være en anden end den nuværende.'],
];

export function danishPasswordProblem(message: string): string {
  for (const [pattern, say] of KNOWN) {
    const match = message.match(pattern);
    if (match) return say(match);
  }
  return message;
}
