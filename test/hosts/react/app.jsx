// A React 19 page using lpc-components: properties, events, and a controlled <lpc-rating> in a form.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../src/index.ts';

function App() {
  const [title, setTitle] = useState('Loading');
  const [selected, setSelected] = useState('');
  const [rating, setRating] = useState('3');
  const [submitted, setSubmitted] = useState('');
  return (
    <main>
      <h1>React host</h1>
      <lpc-framework src="/data/lpc-core-framework-2020.json" onlpc-framework-ready={(event) => setTitle(event.detail.framework.title)}>
        <p id="title">{title}</p>
        <lpc-theme-wheel selected={selected} onlpc-select={(event) => setSelected(event.detail.itemId ?? event.detail.themeId ?? '')}></lpc-theme-wheel>
        <p id="selected">{selected}</p>
        <lpc-behaviour-card item={selected || 'being'}></lpc-behaviour-card>
        <form
          id="form"
          onSubmit={(event) => {
            event.preventDefault();
            setSubmitted(String(new FormData(event.currentTarget).get('authenticity')));
          }}
        >
          <lpc-rating item="being.authenticity" name="authenticity" assessment-id="react-host" value={rating} onchange={(event) => setRating(event.target.value)}></lpc-rating>
          <p id="rating">{rating}</p>
          <button type="button" id="set-five" onClick={() => setRating('5')}>Set to 5</button>
          <button type="submit" id="submit">Send</button>
        </form>
        <p id="submitted">{submitted}</p>
      </lpc-framework>
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
