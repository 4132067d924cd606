// A Vue 3 page using lpc-components: properties, events and v-model-like binding of <lpc-rating>.
// Render functions (h) keep to Vue's runtime build: no template compiler, so no eval.
import { createApp, h, ref } from 'vue';
import '../../../src/index.ts';

createApp({
  setup() {
    const title = ref('Loading');
    const selected = ref('');
    const rating = ref('2');
    return () =>
      h('main', [
        h('h1', 'Vue host'),
        h('lpc-framework', { src: '/data/lpc-core-framework-2020.json', 'onLpc-framework-ready': (e) => (title.value = e.detail.framework.title) }, [
          h('p', { id: 'title' }, title.value),
          h('lpc-theme-wheel', { selected: selected.value, 'onLpc-select': (e) => (selected.value = e.detail.itemId ?? e.detail.themeId ?? '') }),
          h('p', { id: 'selected' }, selected.value),
          // v-model-like: the value goes in as a property, the change event brings it back.
          h('lpc-rating', { item: 'being.authenticity', name: 'authenticity', 'assessment-id': 'vue-host', value: rating.value, onChange: (e) => (rating.value = e.target.value) }),
          h('p', { id: 'rating' }, rating.value),
          h('button', { type: 'button', id: 'set-five', onClick: () => (rating.value = '5') }, 'Set to 5'),
        ]),
      ]);
  },
}).mount('#app');
