import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language.js';

describe('detectLanguage', () => {
  it('tells Kazakh, Russian and English apart with a confidence', () => {
    const kk = detectLanguage(
      'Қазақстан Республикасы Азиядағы өзара іс-қимыл және сенім шаралары жөніндегі кеңестің мүшесі.',
    );
    expect(kk.language).toBe('kk');
    expect(kk.confidence).toBeGreaterThan(0.8);
    const ru = detectLanguage(
      'Республика Казахстан является членом Совещания по взаимодействию и мерам доверия в Азии.',
    );
    expect(ru.language).toBe('ru');
    expect(ru.confidence).toBeGreaterThan(0.8);
    const en = detectLanguage(
      'Kazakhstan is a member of the Conference on Interaction and Confidence-Building Measures in Asia.',
    );
    expect(en).toEqual({ language: 'en', confidence: 1 });
  });

  it('recognises Kazakh by its function words when its own letters were lost', () => {
    expect(
      detectLanguage('Мемлекеттер мен уйымдар арасындагы келiсiм бойынша жумыс').language,
    ).toBe('kk');
  });

  it('is unsure of text without letters', () => {
    expect(detectLanguage('2024 — 15, 16').confidence).toBe(0);
  });
});
