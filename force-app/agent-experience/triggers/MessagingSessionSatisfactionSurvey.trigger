/**
 * Gives a chat that a rep accepts (or that ends) its pending satisfaction survey and link (SatisfactionSurveys). Never
 * throws: a survey must never block a chat.
 */
trigger MessagingSessionSatisfactionSurvey on MessagingSession(before update, after update) {
    try {
        if (Trigger.isBefore) {
            SatisfactionSurveys.beforeSessionUpdate(Trigger.new, Trigger.oldMap);
        } else {
            SatisfactionSurveys.afterSessionUpdate(Trigger.new);
        }
    } catch (Exception e) {
        // Ignored on purpose: the chat goes on without a survey rather than failing.
        System.debug(LoggingLevel.WARN, 'Satisfaction survey not created: ' + e.getMessage());
    }
}
