type Props = {
  /** The id to select: region, mission, link or event. */
  id: string;
  /** The entity's name in the interface language. */
  label: string;
  onSelect: (id: string) => void;
};

/** A link-looking button that moves the selection to another object of the atlas. */
export function EntityLink({ id, label, onSelect }: Props) {
  return (
    <button type="button" className="entity-link" onClick={() => onSelect(id)}>
      {label}
    </button>
  );
}
