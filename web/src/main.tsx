// newsgraph's web interface: mounts the app shell into index.html.
import { render } from 'preact';
import { App } from './App.tsx';
import './styles.css';

render(<App />, document.getElementById('app')!);
