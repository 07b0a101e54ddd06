// The post-build rewrite that keeps V8 from compiling a bundle's module initialisers with the script:
// `init((() => {…}))` (a parenthesised function: compiled eagerly) becomes `init((0,() => {…}))`.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { lazyCompiledWrappers } from '../../../scripts/lazy-compiled-wrappers';

describe('lazyCompiledWrappers', () => {
  const rows: [string, string][] = [
    ['s((()=>{a()}));', 's((0,()=>{a()}));'],
    ['var u=c(((e,t,n)=>{t.exports=1}));', 'var u=c((0,(e,t,n)=>{t.exports=1}));'],
    ['x=s(( ()=>{} ));', 'x=s(( 0,()=>{} ));'],
    ['a((()=>{b((()=>{})) }));', 'a((0,()=>{b((0,()=>{})) }));'],
    // Not an initialiser's parenthesised function: left as it is.
    ['s(()=>{a()});', 's(()=>{a()});'],
    ['(function(){a()})();', '(function(){a()})();'],
    ['s((()=>{}),1);', 's((()=>{}),1);'],
    ['o.s((()=>{}));', 'o.s((()=>{}));'],
    ['var t=`s((()=>{`;', 'var t=`s((()=>{`;'],
    ["var t='s((()=>{'+s;", "var t='s((()=>{'+s;"],
  ];
  it.each(rows)('%s → %s', (code, expected) => {
    expect(lazyCompiledWrappers(code)).toBe(expected);
  });

  it('keeps what the code does', () => {
    const code = `var init=(f)=>()=>f&&(f(),f=null);var order=[];
var later=init((()=>{order.push('later')}));order.push('first');later();later();`;
    const sandbox: { order?: string[] } = {};
    runInNewContext(lazyCompiledWrappers(code), sandbox);
    expect(sandbox.order).toEqual(['first', 'later']);
  });
});
