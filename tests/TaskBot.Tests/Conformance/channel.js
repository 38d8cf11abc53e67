// The channel side of the Bot Framework protocol, as the official JavaScript SDK serves it
// (ChannelServiceRoutes + ChannelServiceHandler), recording what the bot sends. TaskBot's conformance
// tests run it on 127.0.0.1 as the Connector and read GET /received.
'use strict';
const express = require('express');
const { ChannelServiceHandler, ChannelServiceRoutes } = require('botbuilder');
const { SimpleCredentialProvider, AuthenticationConfiguration } = require('botframework-connector');

class RecordingHandler extends ChannelServiceHandler {
  constructor() {
    // Empty app id and password: authentication disabled, as for a local channel.
    super(new SimpleCredentialProvider('', ''), new AuthenticationConfiguration());
    this.received = [];
  }

  record(route, conversationId, activityId, activity) {
    this.received.push({ route, conversationId, activityId, activity });
    return { id: 'conformance-' + this.received.length };
  }

  async onSendToConversation(_claims, conversationId, activity) {
    return this.record('sendToConversation', conversationId, null, activity);
  }

  async onReplyToActivity(_claims, conversationId, activityId, activity) {
    return this.record('replyToActivity', conversationId, activityId, activity);
  }

  async onUpdateActivity(_claims, conversationId, activityId, activity) {
    return this.record('updateActivity', conversationId, activityId, activity);
  }

  async onDeleteActivity(_claims, conversationId, activityId) {
    this.record('deleteActivity', conversationId, activityId, null);
  }
}

const handler = new RecordingHandler();
const app = express();
new ChannelServiceRoutes(handler).register(app);
app.get('/received', (_req, res) => res.json(handler.received));
const server = app.listen(0, '127.0.0.1', () => console.log('listening ' + server.address().port));
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
