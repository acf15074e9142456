/** iLert's documented Datadog webhook payload, written out independently of the library's constant. */
export const ILERT_TEMPLATE = {
  body: "$EVENT_MSG",
  last_updated: "$LAST_UPDATED",
  event_type: "$EVENT_TYPE",
  alert_transition: "$ALERT_TRANSITION",
  alert_id: "$ALERT_ID",
  link: "$LINK",
  title: "$EVENT_TITLE",
  date: "$DATE",
  org: { id: "$ORG_ID", name: "$ORG_NAME" },
  id: "$ID",
};
