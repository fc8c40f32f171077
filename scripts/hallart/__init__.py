"""Procedural illustrations for a kiosk hall: deterministic Pillow poster art, one module per motif family.

Run `python scripts/make_hall_images.py --help`. Layers, from the bottom up:

- palette, geometry, space (3D camera), canvas (the 2x scene, masked layers, the place guard);
- backdrop (skies, sun, hills, water), buildings, greenery, figures, machines, landmarks;
- the motif families: city, bridges, industry, construction, expo, aircraft, awards, parks,
  community, civic, phones, platforms;
- motifs (the registry and keyword matching), plan (the curated motif for each picture of a
  bundled hall), hall (reading hall.yaml), finish (vignette, grain, JPEG), cli.

A new hall's illustrator adds its pictures to plan.PLANS (or lets the keywords choose), and adds
motifs to motifs.MOTIFS. Landmarks of a named place are decorated with canvas.landmark(place) and
drawn only inside `with sc.place(place):`, so no place can be shown with another's landmark.
"""
