import { APPROVAL_ROUTES, routeForKind, routeKeyForKind } from '../../../../shared/approval';

describe('approval routes', () => {
  it('takes framework and one-off contracts through manager → lawyer → director', () => {
    expect(APPROVAL_ROUTES.contract).toEqual(['manager', 'lawyer', 'director']);
    expect(routeForKind('framework_contract')).toEqual(['manager', 'lawyer', 'director']);
    expect(routeForKind('contract')).toEqual(['manager', 'lawyer', 'director']);
  });

  it.each(['specification', 'appendix', 'supplementary_agreement'] as const)(
    'takes a %s through manager → lawyer → technical director → director',
    (kind) => {
      expect(routeKeyForKind(kind)).toBe('technical');
      expect(routeForKind(kind)).toEqual(['manager', 'lawyer', 'technical_director', 'director']);
    },
  );

  it.each(['invoice', 'act', 'inventory_list'] as const)('needs no internal approval for a %s', (kind) => {
    expect(routeKeyForKind(kind)).toBe('none');
    expect(routeForKind(kind)).toEqual([]);
  });
});
