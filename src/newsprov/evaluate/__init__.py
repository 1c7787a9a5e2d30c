"""Scoring extraction against gold: the seed's gold format, TimeML (dates), PolNeAR (attributions), credits."""
