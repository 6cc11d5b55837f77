import { mount } from 'svelte'
import './app.css'
import App from './App.svelte'
import { TauriBackend } from './lib/backend'

const app = mount(App, {
  target: document.getElementById('app')!,
  props: { backend: new TauriBackend() },
})

export default app
