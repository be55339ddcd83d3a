import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/button/src/vaadin-button.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === 'b1129d845f36dcafd50bb93e4dc7a11ebc934a0ac177861b3b73b0fa45a4d52c') {
    pending.push(import('./chunks/chunk-8c8ef74be418dbe1b171afbecb343ba1fd2283bb528d49a022b6876ace44fd6a.js'));
  }
  if (key === '811a33cabdb4630ada5a4178ff26da4ffb84cfd5b51e51a8d0d7ed9301df5689') {
    pending.push(import('./chunks/chunk-57d1610f1af3b0ac0b92a2bcf27a3e011b0e9192be9233ca0e2a66e98be071ef.js'));
  }
  if (key === 'c4ed53716c7a79e4ddc19aa6e88cf03800cde879d7a77445ba2eedb4a151d329') {
    pending.push(import('./chunks/chunk-84ddc7e3d64032e4eddadbd8c1ebdc07da296b6f58d5ca50e4bec5c091a67a84.js'));
  }
  if (key === '3783ba5b662fb46bcf67adeb84db0096eecf600ef947a43394eb8da5d3538894') {
    pending.push(import('./chunks/chunk-4d3e1a952086b02e0c005c3bdf5afc0abdc0b1ffcf8037d075e3cebe28ea83b2.js'));
  }
  if (key === '8b931cc3f9868e1b623a07d29f412344cdcf8382c1b85530a3312b268f606a70') {
    pending.push(import('./chunks/chunk-7c36778a985fcd73e2da8768c1aa1fd5580b4b779879f464ebfcdc0fe4a7ec51.js'));
  }
  if (key === '7c1ae4b353ba33032f8f4ae9debcb05a1774f34d307d918ff8489c09cbc7b40d') {
    pending.push(import('./chunks/chunk-84ddc7e3d64032e4eddadbd8c1ebdc07da296b6f58d5ca50e4bec5c091a67a84.js'));
  }
  if (key === '2083e7abadf7ed3c28e739c03631c26acecc689298b8578a1d7f433d6d57250f') {
    pending.push(import('./chunks/chunk-57d1610f1af3b0ac0b92a2bcf27a3e011b0e9192be9233ca0e2a66e98be071ef.js'));
  }
  if (key === '4a502d8b023e228ea8261e93f5c21e28ce1562bab881c714816c8e655fdb26b0') {
    pending.push(import('./chunks/chunk-8c8ef74be418dbe1b171afbecb343ba1fd2283bb528d49a022b6876ace44fd6a.js'));
  }
  if (key === '0ec07d6fd804d3d04472c2aca72b63e7379e4dfc01098c35e4130e0b50c807a4') {
    pending.push(import('./chunks/chunk-1716e8c7fdd52d61fd2fc62a956f6ad60a3fdf77590f0764cd00b7e7a946fd9c.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}