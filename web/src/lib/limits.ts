// How much each view asks of the API at once (shared by the views and the preloader).
/** Events the map places (most recent first). */
export const MAP_EVENTS = 500;
