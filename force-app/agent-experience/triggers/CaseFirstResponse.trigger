/**
 * Stamps a phone case's first response when a rep takes it from its queue (FirstResponseService). Never throws:
 * measuring must never block a case from being saved.
 */
trigger CaseFirstResponse on Case(before update) {
    try {
        FirstResponseService.stampAcceptedPhoneCases(Trigger.new, Trigger.oldMap);
    } catch (Exception e) {
        // Ignored on purpose: measuring must never block a save. The case keeps a blank first response.
        System.debug(LoggingLevel.WARN, 'First response not stamped: ' + e.getMessage());
    }
}
