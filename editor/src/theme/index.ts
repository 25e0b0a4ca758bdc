/** The look of the editor: NL Design System (Utrecht component CSS and design tokens) under a Sturing theme of our own tokens. */
import './theme.css';
