import RenjaModel
import Layouts
