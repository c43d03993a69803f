/**
 * Triages a client's reply on a case (an incoming EmailMessage Email-to-Case attaches to it) as a new contact, so a
 * complaint about the account manager sent as a reply to that manager reaches the director instead. Thin: all logic is
 * in CaseReplyRouting, which never throws, so an inbound email is never bounced by routing.
 */
trigger EmailMessageRouting on EmailMessage(after insert) {
    CaseReplyRouting.afterInsert(Trigger.new);
}
