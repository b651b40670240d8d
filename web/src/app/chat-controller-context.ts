import { createContext } from 'react';
import type { ChatController } from '../net/chat-controller';

/** The app's chat controller, for the chat and panels. */
export const ChatControllerContext = createContext<ChatController | null>(null);
