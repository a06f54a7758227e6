import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load-config.js';
import { placesFromConfig, readConfigPlaces } from '../../../src/classify/config-places.js';

// The bot, replay, CLIs and benches must hand the classifier the same places, or each
// would retrain and overwrite the others' model cache.
describe('classifier places', () => {
  it('are the same whether read leniently (CLIs) or from the validated config (the bot)', () => {
    const places = placesFromConfig(loadConfig('bot-config'));
    expect(places).toEqual(readConfigPlaces('bot-config'));
    expect(places).toContain('东门');
    expect(places).toContain('乐山红叶');
  });
});
