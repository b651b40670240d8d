import { useContext } from 'react';
import type { ChatController } from '../net/chat-controller';
import { ChatControllerContext } from './chat-controller-context';

/** The chat controller from context; throws outside the app's provider. */
export const useChatController = (): ChatController => {
  const controller = useContext(ChatControllerContext);
  if (!controller) throw new Error('useChatController needs <ChatControllerContext.Provider>');
  return controller;
};
