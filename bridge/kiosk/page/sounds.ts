/*
 * Two sounds the office manager tells apart without looking: a short high beep when the scan
 * was taken, a low double buzz when it was not. Web Audio, no files. Browsers start audio only
 * after a user gesture; a scanner's keystrokes count as one.
 */
let context: AudioContext | undefined;

function audio(): AudioContext | undefined {
  try {
    if (context === undefined) context = new AudioContext();
    if (context.state === 'suspended') void context.resume();
    return context;
  } catch {
    return undefined;
  }
}

function tone(frequency: number, startsAt: number, seconds: number, type: OscillatorType): void {
  const ctx = audio();
  if (ctx === undefined) return;
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  gain.gain.value = 0.25;
  oscillator.connect(gain).connect(ctx.destination);
  const start = ctx.currentTime + startsAt;
  oscillator.start(start);
  oscillator.stop(start + seconds);
}

export function playSound(sound: 'ok' | 'error'): void {
  if (sound === 'ok') {
    tone(1320, 0, 0.12, 'sine');
    return;
  }
  tone(180, 0, 0.25, 'square');
  tone(180, 0.35, 0.25, 'square');
}
