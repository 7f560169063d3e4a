/**
 * The rules for a password someone chooses (NIST SP 800-63B §5.1.1.2): a minimum length, no
 * composition rules (they push people towards `Password1!`), and a refusal of the passwords
 * attackers try first. The same function answers on the server and, as she types, on the
 * activation screen. Characters are counted as code points, as a person counts them.
 */
export const MIN_PASSWORD_LENGTH = 12;
/** Login refuses longer passwords (LoginRequest), so such an account could never sign in. */
export const MAX_PASSWORD_LENGTH = 256;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooCommon';

/**
 * Twelve characters and more from the published lists of leaked passwords (the ones a
 * dictionary attack starts with), in French and English, and the demo's, which the README
 * prints. Compared in lower case, spaces and separators removed.
 */
const COMMON = new Set([
  'parcoursdemo2026',
  'motdepasse123',
  'motdepasse1234',
  'motdepasse2024',
  'motdepasse2025',
  'motdepasse2026',
  'motdepassemotdepasse',
  'password1234',
  'password12345',
  'password123456',
  'passwordpassword',
  'password2024',
  'password2025',
  'password2026',
  'iloveyou1234',
  'jetaime123456',
  'azertyuiop12',
  'azertyuiop123',
  'azertyuiopqsdfghjklm',
  'azertyqsdfgh',
  'azerty123456',
  'qwertyuiop12',
  'qwertyuiop123',
  'qwertyuiopasdfghjkl',
  'qwerty123456',
  'qwertyqwerty',
  'azertyazerty',
  '1q2w3e4r5t6y',
  '1q2w3e4r5t6y7u',
  '1qaz2wsx3edc',
  '1qaz2wsx3edc4rfv',
  'qazwsxedcrfv',
  'zaq12wsxcde3',
  'a1b2c3d4e5f6',
  'abc123456789',
  '123456789abc',
  '123456abcdef',
  '1234qwerasdf',
  'qwer1234asdf',
  'administrateur',
  'administrator',
  'bienvenue2024',
  'bienvenue2025',
  'bienvenue2026',
  'bienvenue1234',
  'welcome12345',
  'welcome123456',
  'soleil123456',
  'bonjour123456',
  'doudou123456',
  'chouchou1234',
  'marseille1234',
  'footballfootball',
  'superman1234',
  'letmein12345',
  'trustno1trustno1',
  'changeme1234',
  'changemenow1',
]);

/** A run that goes up or down one step at a time: `123456789012`, `abcdefghijkl`, `987654…`. */
function isSequence(text: string): boolean {
  const codes = [...text].map((char) => char.codePointAt(0) ?? 0);
  const step = (a: number, b: number) => {
    // Digits wrap around (…8, 9, 0, 1…), as people type them along the keyboard row.
    const isDigit = (c: number) => c >= 48 && c <= 57;
    return isDigit(a) && isDigit(b) ? (b - a + 10) % 10 : b - a;
  };
  const first = step(codes[0] ?? 0, codes[1] ?? 0);
  if (first !== 1 && first !== -1 && first !== 9) return false;
  return codes.slice(1).every((code, i) => step(codes[i] ?? 0, code) === first);
}

/** A short unit repeated: `aaaaaaaaaaaa`, `abcabcabcabc`, `123412341234`. */
function isRepetition(text: string): boolean {
  return /^(.{1,4})\1+$/u.test(text);
}

export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) return 'tooShort';
  if (length > MAX_PASSWORD_LENGTH) return 'tooLong';
  const bare = password.toLowerCase().replace(/[\s\-_.!@#*]/g, '');
  // Three symbols or fewer once the separators go (`aaaa-bbbb-cccc`, a row of spaces) is
  // a pattern, whatever its length.
  if (new Set(bare).size < 4) return 'tooCommon';
  if (COMMON.has(bare) || isSequence(bare) || isRepetition(bare)) return 'tooCommon';
  return null;
}
