// How much each view asks of the API at once (shared by the views and the preloader).
/** Places the map asks for (the busiest first): every located event of the filter, counted by place. */
export const MAP_PLACES = 20000;
