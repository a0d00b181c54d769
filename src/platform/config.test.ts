import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that start Senim on port 4321 with a data folder', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4321);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toMatch(/\.senim$/);
    expect(Object.isFrozen(config)).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ SENIM_DATABASE_URL: '', SENIM_PORT: '' }).databaseUrl).toBeUndefined();
  });

  it('names the variable at fault', () => {
    expect(() => loadConfig({ SENIM_PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ SENIM_PORT: 'abc' })).toThrow(/^SENIM_PORT:/);
    expect(() => loadConfig({ SENIM_DATABASE_URL: 'mysql://x' })).toThrow(/^SENIM_DATABASE_URL:/);
  });
});
