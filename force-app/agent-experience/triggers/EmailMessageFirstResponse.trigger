/**
 * Stamps a case's first response when a reply to the customer is sent (FirstResponseService). Never throws: measuring
 * must never block an email.
 */
trigger EmailMessageFirstResponse on EmailMessage(after insert, after update) {
    try {
        if (Trigger.isInsert) {
            FirstResponseService.stampFromEmails(Trigger.new);
        } else {
            FirstResponseService.stampFromSentDrafts(Trigger.new, Trigger.oldMap);
        }
    } catch (Exception e) {
        // Ignored on purpose: measuring must never block an email. The case keeps a blank first response.
        System.debug(LoggingLevel.WARN, 'First response not stamped: ' + e.getMessage());
    }
}
