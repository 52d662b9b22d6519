/** Entry point of the viewer page: styles, then the app. */
import './styles.css';
import { startApp } from './app/app.js';

void startApp();
