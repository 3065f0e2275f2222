// newsgraph's web interface: mounts the app shell into index.html.
import { render } from 'preact';
import { App } from './App.tsx';
import './styles.css';

const root = document.getElementById('app')!;
// Preact 11 no longer replaces the server-sent placeholder: clear it before the first render.
root.textContent = '';
render(<App />, root);
