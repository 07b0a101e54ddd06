// Chrome's analyzer as one classic script the background injects into an article's frame
// (background/inject-session.ts): it hands the session module to the content scripts' global, where the
// preload's request waits for it (early-session.ts).
import { deliverSession } from './early-session';
import * as session from './session';

deliverSession(session);
