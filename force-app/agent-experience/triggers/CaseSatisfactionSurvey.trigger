/**
 * Gives a case that closes its pending satisfaction survey and emails the link (SatisfactionSurveys). Never throws:
 * a survey must never block closing a case.
 */
trigger CaseSatisfactionSurvey on Case(before update, after update) {
    try {
        if (Trigger.isBefore) {
            SatisfactionSurveys.beforeCaseUpdate(Trigger.new, Trigger.oldMap);
        } else {
            SatisfactionSurveys.afterCaseUpdate(Trigger.new);
        }
    } catch (Exception e) {
        // Ignored on purpose: the case closes without a survey rather than not at all.
        System.debug(LoggingLevel.WARN, 'Satisfaction survey not created: ' + e.getMessage());
    }
}
